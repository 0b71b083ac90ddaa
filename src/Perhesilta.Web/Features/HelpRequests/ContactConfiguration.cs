using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.HelpRequests;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.ReferenceCode).HasMaxLength(16);
        builder.HasIndex(c => c.ReferenceCode).IsUnique();
        builder.Property(c => c.StatusTokenHash).HasMaxLength(64);
        builder.HasIndex(c => c.StatusTokenHash).IsUnique();
        builder.Property(c => c.StatusTokenProtected).HasMaxLength(400);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();

        // vireilletulo is written once: EF refuses to change it after the first save.
        builder.Property(c => c.InitiatedAt).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Throw);

        foreach (var property in new[] { nameof(Contact.Channel), nameof(Contact.Kind), nameof(Contact.Requester), nameof(Contact.Urgency), nameof(Contact.ContactMethod), nameof(Contact.ConsentMethod), nameof(Contact.Status) })
        {
            builder.Property(property).HasConversion<string>().HasMaxLength(40);
        }

        builder.Property(c => c.MunicipalityCode).HasMaxLength(3);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(c => c.Description).HasMaxLength(ContactLimits.Description);
        builder.Property(c => c.RoutedToUnit).HasMaxLength(200);
        builder.Property(c => c.ContactName).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.Phone).HasMaxLength(ContactLimits.Phone);
        builder.Property(c => c.Email).HasMaxLength(ContactLimits.Email);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(8);
        builder.Property(c => c.InterpreterLanguage).HasMaxLength(ContactLimits.ShortText);
        builder.Property(c => c.ProfessionalName).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.ProfessionalOrganisation).HasMaxLength(ContactLimits.ShortText);
        builder.Property(c => c.ProfessionalRole).HasMaxLength(ContactLimits.ShortText);
        builder.Property(c => c.ProfessionalPhone).HasMaxLength(ContactLimits.Phone);
        builder.Property(c => c.ProfessionalEmail).HasMaxLength(ContactLimits.Email);
        builder.Property(c => c.ConsentGivenBy).HasMaxLength(ContactLimits.ShortText);
        builder.Property(c => c.SourceSite).HasMaxLength(253);
        builder.Property(c => c.AdviceAnswer).HasMaxLength(ContactLimits.Description);
        builder.Property(c => c.ServiceTask).HasMaxLength(32);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.AssessedUrgency).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Priority).UsePropertyAccessMode(PropertyAccessMode.Property);
        builder.Property(c => c.WaitingFor).HasMaxLength(ContactLimits.ShortText);
        builder.Property(c => c.OutcomeService).HasMaxLength(ContactLimits.ShortText);
        builder.Property(c => c.ClosingNote).HasMaxLength(ContactLimits.Description);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.AssignedToUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.ClosedByUserId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Children).WithOne().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Topics).WithOne().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);

        // The guides' queue: open contacts of an area by priority and response target; a guide's own contacts;
        // recently closed ones. Closed contacts are the great majority, so every queue index leads with the status.
        builder.HasIndex(c => new { c.AreaId, c.Status, c.InitiatedAt });
        builder.HasIndex(c => new { c.Status, c.AreaId, c.Priority, c.RespondBy });
        builder.HasIndex(c => new { c.AssignedToUserId, c.Status });
        builder.HasIndex(c => new { c.Status, c.ClosedAt });
        builder.HasIndex(c => c.FamilyId);
    }
}

internal sealed class ContactTopicConfiguration : IEntityTypeConfiguration<ContactTopic>
{
    public void Configure(EntityTypeBuilder<ContactTopic> builder)
    {
        builder.HasKey(t => new { t.ContactId, t.TopicCode });
        builder.Property(t => t.TopicCode).HasMaxLength(64);
        builder.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicCode).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Length limits of every free-text field, shared by the form, the API and the database.</summary>
public static class ContactLimits
{
    public const int Description = 4000;
    public const int Name = 200;
    public const int ShortText = 200;
    public const int Phone = 40;
    public const int Email = 254;
    public const int MaxChildren = 15;
}

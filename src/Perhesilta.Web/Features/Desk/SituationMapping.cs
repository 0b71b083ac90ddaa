using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Desk;

/// <summary>
/// tilanteen kartoitus: the guide's picture of the family's situation, beside what the asker wrote (which stays as
/// given). One per contact, revised as the guide learns more.
/// </summary>
public sealed class SituationMapping
{
    public Guid ContactId { get; set; }

    /// <summary>The guide's corrected account of the concern; null when the asker's own words stand.</summary>
    public string? CorrectedDescription { get; set; }

    public string? TriedAlready { get; set; }

    public string? ServicesInUse { get; set; }

    public string? Strengths { get; set; }

    public string? Concerns { get; set; }

    public bool InterpreterNeeded { get; set; }

    public string? InterpreterLanguage { get; set; }

    public required string UpdatedByUserId { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The topics as the guide sees them; they replace the asker's in the queue and in figures.</summary>
    public List<SituationTopic> Topics { get; } = [];

    /// <summary>The family's composition: adults and children, with the children's ages.</summary>
    public List<SituationMember> Members { get; } = [];
}

public sealed class SituationTopic
{
    public Guid ContactId { get; set; }

    public required string TopicCode { get; set; }
}

public enum FamilyRole
{
    Adult,
    Child,
}

/// <summary>A member of the family as the guide mapped it: a role, an age for a child, and a short description ("äiti", "isovanhempi").</summary>
public sealed class SituationMember
{
    public int Id { get; set; }

    public Guid ContactId { get; set; }

    public FamilyRole Role { get; set; }

    public int? Age { get; set; }

    public string? Description { get; set; }
}

internal sealed class SituationMappingConfiguration : IEntityTypeConfiguration<SituationMapping>
{
    public void Configure(EntityTypeBuilder<SituationMapping> builder)
    {
        builder.HasKey(m => m.ContactId);
        builder.HasOne<Contact>().WithOne().HasForeignKey<SituationMapping>(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
        foreach (var property in new[] { nameof(SituationMapping.CorrectedDescription), nameof(SituationMapping.TriedAlready), nameof(SituationMapping.ServicesInUse), nameof(SituationMapping.Strengths), nameof(SituationMapping.Concerns) })
        {
            builder.Property(property).HasMaxLength(ContactLimits.Description);
        }

        builder.Property(m => m.InterpreterLanguage).HasMaxLength(ContactLimits.ShortText);
        builder.HasMany(m => m.Topics).WithOne().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Members).WithOne().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SituationTopicConfiguration : IEntityTypeConfiguration<SituationTopic>
{
    public void Configure(EntityTypeBuilder<SituationTopic> builder)
    {
        builder.HasKey(t => new { t.ContactId, t.TopicCode });
        builder.Property(t => t.TopicCode).HasMaxLength(64);
        builder.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SituationMemberConfiguration : IEntityTypeConfiguration<SituationMember>
{
    public void Configure(EntityTypeBuilder<SituationMember> builder)
    {
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Description).HasMaxLength(ContactLimits.ShortText);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Referrals;

/// <summary>Lengths of the referral's texts.</summary>
public static class ReferralLimits
{
    public const int Message = 4000;
    public const int Reason = 1000;
    public const int ShortText = 200;
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Shared).HasConversion<int>();
        builder.Property(r => r.LegalBasis).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.ReturnReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Message).HasMaxLength(ReferralLimits.Message);
        builder.Property(r => r.StatusReason).HasMaxLength(ReferralLimits.Reason);
        builder.Property(r => r.LegalBasisExplanation).HasMaxLength(ReferralLimits.Reason);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectoryService>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.ToProfessionalUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.SentByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Consents).WithOne().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ContactId, r.SentAt });
        builder.HasIndex(r => new { r.ServiceId, r.Status });
        builder.HasIndex(r => new { r.Status, r.SentAt });
        builder.HasIndex(r => new { r.AreaId, r.ReturnedToQueueAt });
    }
}

internal sealed class ReferralConsentConfiguration : IEntityTypeConfiguration<ReferralConsent>
{
    public void Configure(EntityTypeBuilder<ReferralConsent> builder)
    {
        // Keys are given when made: a consent or event added to a loaded referral is inserted, not taken for an existing row.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.GivenBy).HasMaxLength(ReferralLimits.ShortText);
        builder.Property(c => c.GivenTo).HasMaxLength(ReferralLimits.ShortText);
        builder.Property(c => c.Purpose).HasMaxLength(ReferralLimits.Reason);
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.WithdrawalNote).HasMaxLength(ReferralLimits.Reason);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.WithdrawalRecordedByUserId).OnDelete(DeleteBehavior.Restrict);

        // What was consented to is never changed; only the withdrawal is written later.
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsKey() && !p.Name.StartsWith("Withdraw", StringComparison.Ordinal)))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

internal sealed class ReferralEventConfiguration : IEntityTypeConfiguration<ReferralEvent>
{
    public void Configure(EntityTypeBuilder<ReferralEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(ReferralLimits.Reason);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(e => e.ByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ReferralId, e.At });
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsKey()))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

internal sealed class ServiceProfessionalConfiguration : IEntityTypeConfiguration<ServiceProfessional>
{
    public void Configure(EntityTypeBuilder<ServiceProfessional> builder)
    {
        builder.HasKey(s => new { s.UserId, s.ServiceId });
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DirectoryService>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ServiceId);
    }
}

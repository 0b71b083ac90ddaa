using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Meetings;

/// <summary>Lengths and bounds of a meeting's texts and times.</summary>
public static class MeetingLimits
{
    public const int Purpose = 2000;
    public const int Summary = 8000;
    public const int Reason = 1000;
    public const int ShortText = 200;
    public const int Link = 500;
    public const int Email = 320;

    /// <summary>A meeting lasts at least a minute and at most eight hours.</summary>
    public const int MaxDurationMinutes = 8 * 60;
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.OrganizerUserId).HasMaxLength(450);
        builder.Property(m => m.Purpose).HasMaxLength(MeetingLimits.Purpose);
        builder.Property(m => m.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Place).HasMaxLength(MeetingLimits.ShortText);
        builder.Property(m => m.RemoteLink).HasMaxLength(MeetingLimits.Link);
        builder.Property(m => m.FamilyWeekdays).HasConversion<int>();
        builder.Property(m => m.FamilyDayParts).HasConversion<int>();
        builder.Property(m => m.FamilyWishNote).HasMaxLength(MeetingLimits.Reason);
        builder.Property(m => m.Shared).HasConversion<int>();
        builder.Property(m => m.Summary).HasMaxLength(MeetingLimits.Summary);
        builder.Property(m => m.CancelReason).HasMaxLength(MeetingLimits.Reason);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.CalendarUid);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Family>().WithMany().HasForeignKey(m => m.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.OrganizerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DeadlineClock>().WithMany().HasForeignKey(m => m.ClockId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectoryLocation>().WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(m => m.FollowUpOfMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Participants).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Consents).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Actions).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ContactId, m.RequestedAt });
        builder.HasIndex(m => new { m.AreaId, m.Status, m.StartsAt });
        builder.HasIndex(m => new { m.OrganizerUserId, m.Status });

        foreach (var name in new[] { nameof(Meeting.ContactId), nameof(Meeting.RequestedAt), nameof(Meeting.CreatedAt), nameof(Meeting.OrganizerUserId) })
        {
            builder.Property(name).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> builder)
    {
        // Keys are given when made: a participant added to a loaded meeting is inserted, not taken for an existing row.
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Name).HasMaxLength(MeetingLimits.ShortText);
        builder.Property(p => p.Email).HasMaxLength(MeetingLimits.Email);
        builder.Property(p => p.Role).HasMaxLength(MeetingLimits.ShortText);
        builder.Property(p => p.Language).HasMaxLength(5);
        builder.Property(p => p.Response).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ResponseNote).HasMaxLength(MeetingLimits.Reason);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.AnswerRecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectoryService>().WithMany().HasForeignKey(p => p.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.UserId, p.MeetingId });
        builder.HasIndex(p => p.AnswerTokenId).IsUnique();
    }
}

internal sealed class MeetingConsentConfiguration : IEntityTypeConfiguration<MeetingConsent>
{
    public void Configure(EntityTypeBuilder<MeetingConsent> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.GivenBy).HasMaxLength(MeetingLimits.ShortText);
        builder.Property(c => c.GivenTo).HasMaxLength(MeetingLimits.ShortText);
        builder.Property(c => c.Purpose).HasMaxLength(MeetingLimits.Reason);
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.WithdrawalNote).HasMaxLength(MeetingLimits.Reason);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.WithdrawalRecordedByUserId).OnDelete(DeleteBehavior.Restrict);

        // What was consented to is never changed; only the withdrawal is written later.
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsKey() && !p.Name.StartsWith("Withdraw", StringComparison.Ordinal)))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

internal sealed class MeetingActionConfiguration : IEntityTypeConfiguration<MeetingAction>
{
    public void Configure(EntityTypeBuilder<MeetingAction> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Description).HasMaxLength(MeetingLimits.Reason);
        builder.Property(a => a.ResponsibleName).HasMaxLength(MeetingLimits.ShortText);
        builder.HasOne<MeetingParticipant>().WithMany().HasForeignKey(a => a.ResponsibleParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.ResponsibleUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DeadlineClock>().WithMany().HasForeignKey(a => a.ClockId).OnDelete(DeleteBehavior.Restrict);

        // The clock of an agreed action names the action it follows.
        builder.HasMany<DeadlineClock>().WithOne().HasForeignKey(c => c.MeetingActionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ResponsibleUserId, a.DueOn });
    }
}

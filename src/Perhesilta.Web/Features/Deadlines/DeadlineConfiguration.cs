using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Referrals;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Deadlines;

public static class DeadlineLimits
{
    public const int Reason = 1000;
    public const int Unit = 200;
}

internal sealed class DeadlineClockConfiguration : IEntityTypeConfiguration<DeadlineClock>
{
    public void Configure(EntityTypeBuilder<DeadlineClock> builder)
    {
        builder.Property(c => c.Rule).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ResponsibleUnit).HasMaxLength(DeadlineLimits.Unit);
        builder.Property(c => c.StopReason).HasMaxLength(DeadlineLimits.Reason);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Family>().WithMany().HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StatutoryRoute>().WithMany().HasForeignKey(c => c.StatutoryRouteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.ResponsibleUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ClockId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ContactId, c.Rule });
        builder.HasIndex(c => c.FamilyId);
        builder.HasIndex(c => new { c.State, c.DueOn });
        builder.HasIndex(c => new { c.AreaId, c.StartDate });
        builder.HasIndex(c => new { c.ResponsibleUserId, c.State, c.DueOn });

        // What the clock is about is fixed when it starts; its derived fields follow its events.
        foreach (var name in new[] { nameof(DeadlineClock.Rule), nameof(DeadlineClock.ContactId), nameof(DeadlineClock.StatutoryRouteId), nameof(DeadlineClock.ReferralId), nameof(DeadlineClock.CreatedAt) })
        {
            builder.Property(name).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

internal sealed class ClockEventConfiguration : IEntityTypeConfiguration<ClockEvent>
{
    public void Configure(EntityTypeBuilder<ClockEvent> builder)
    {
        // The application gives an event its key when it is made; so EF Core, finding a new event among the events of
        // a clock loaded from the database, inserts it rather than taking it for an existing row to update.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(DeadlineLimits.Reason);
        builder.HasOne<ClockEvent>().WithMany().HasForeignKey(e => e.CorrectsEventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(e => e.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ClockId, e.OccurredAt });

        // Events are the clock's history: corrected by a new event, never changed.
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsKey()))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

internal sealed class ClockAlertConfiguration : IEntityTypeConfiguration<ClockAlert>
{
    public void Configure(EntityTypeBuilder<ClockAlert> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<DeadlineClock>().WithMany().HasForeignKey(a => a.ClockId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ClockId, a.Kind, a.DueOn, a.RecipientUserId }).IsUnique();
    }
}

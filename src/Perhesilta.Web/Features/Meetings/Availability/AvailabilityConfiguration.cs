using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Meetings.Availability;

/// <summary>Bounds of what a staff member's calendar may hold.</summary>
public static class AvailabilityLimits
{
    public const int Note = 200;
    public const int Url = 1000;
    public const int FileName = 260;

    /// <summary>The largest calendar read, in characters (about 2 MB): a bigger file or feed is refused, never half-read.</summary>
    public const int MaxCalendarChars = 2_000_000;
}

internal sealed class StaffWorkingHoursConfiguration : IEntityTypeConfiguration<StaffWorkingHours>
{
    public void Configure(EntityTypeBuilder<StaffWorkingHours> builder)
    {
        builder.Property(h => h.Day).HasConversion<int>();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.UserId, h.Day });
    }
}

internal sealed class StaffBusyTimeConfiguration : IEntityTypeConfiguration<StaffBusyTime>
{
    public void Configure(EntityTypeBuilder<StaffBusyTime> builder)
    {
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Note).HasMaxLength(AvailabilityLimits.Note);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CalendarFeed>().WithMany().HasForeignKey(b => b.FeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.UserId, b.StartsAt });
        builder.HasIndex(b => b.FeedId);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Url).HasMaxLength(AvailabilityLimits.Url);
        builder.Property(f => f.FileName).HasMaxLength(AvailabilityLimits.FileName);
        builder.Property(f => f.LastGoodContent).HasMaxLength(AvailabilityLimits.MaxCalendarChars);
        builder.Property(f => f.LastError).HasMaxLength(100);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.UserId).IsUnique();
        builder.HasIndex(f => f.NextRefreshAt);
    }
}

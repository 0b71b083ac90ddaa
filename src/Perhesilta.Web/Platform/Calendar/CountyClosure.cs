using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Platform.Calendar;

/// <summary>A day the county's offices are closed (e.g. a bridging day): not a working day for any deadline or target.</summary>
public sealed class CountyClosure
{
    public DateOnly Date { get; set; }

    /// <summary>Why, as the county says it (shown in the calendar API and beside due dates).</summary>
    public required string Reason { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class CountyClosureConfiguration : IEntityTypeConfiguration<CountyClosure>
{
    public void Configure(EntityTypeBuilder<CountyClosure> builder)
    {
        builder.HasKey(c => c.Date);
        builder.Property(c => c.Reason).HasMaxLength(200);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

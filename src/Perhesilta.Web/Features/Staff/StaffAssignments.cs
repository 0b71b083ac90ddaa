using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Staff;

/// <summary>An area a member of staff works in: guides see contacts and managers see reports of their areas.</summary>
public sealed class StaffArea
{
    public required string UserId { get; set; }

    public int AreaId { get; set; }
}

/// <summary>A single municipality a member of staff works in, beyond their whole areas (e.g. a school nurse's town).</summary>
public sealed class StaffMunicipality
{
    public required string UserId { get; set; }

    public required string MunicipalityCode { get; set; }
}

internal sealed class StaffAreaConfiguration : IEntityTypeConfiguration<StaffArea>
{
    public void Configure(EntityTypeBuilder<StaffArea> builder)
    {
        builder.HasKey(a => new { a.UserId, a.AreaId });
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Area>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffMunicipalityConfiguration : IEntityTypeConfiguration<StaffMunicipality>
{
    public void Configure(EntityTypeBuilder<StaffMunicipality> builder)
    {
        builder.HasKey(m => new { m.UserId, m.MunicipalityCode });
        builder.Property(m => m.MunicipalityCode).HasMaxLength(3);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

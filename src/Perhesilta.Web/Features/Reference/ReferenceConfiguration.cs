using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perhesilta.Features.Reference;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.NameFi).HasMaxLength(200);
        builder.Property(a => a.NameSv).HasMaxLength(200);
        builder.Property(a => a.NameEn).HasMaxLength(200);
        builder.Property(a => a.EmergencySocialServicesPhone).HasMaxLength(40);
        builder.Property(a => a.NotificationReceivingUnit).HasMaxLength(200);
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(3);
        builder.Property(m => m.NameFi).HasMaxLength(100);
        builder.Property(m => m.NameSv).HasMaxLength(100);
        builder.Ignore(m => m.NameEn);
        builder.Property(m => m.SubRegionCode).HasMaxLength(64);
        builder.HasOne(m => m.Area).WithMany(a => a.Municipalities).HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.Property(t => t.NameFi).HasMaxLength(300);
        builder.Property(t => t.NameSv).HasMaxLength(300);
        builder.Property(t => t.NameEn).HasMaxLength(300);
    }
}

internal sealed class ServiceTypeConfiguration : IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<ServiceType> builder)
    {
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.Property(t => t.NameFi).HasMaxLength(300);
        builder.Property(t => t.NameSv).HasMaxLength(300);
        builder.Property(t => t.NameEn).HasMaxLength(300);
        builder.Property(t => t.Provider).HasMaxLength(32);
        builder.Property(t => t.Access).HasMaxLength(32);
    }
}

internal sealed class TopicServiceTypeConfiguration : IEntityTypeConfiguration<TopicServiceType>
{
    public void Configure(EntityTypeBuilder<TopicServiceType> builder)
    {
        builder.HasKey(t => new { t.TopicCode, t.ServiceTypeCode });
        builder.Property(t => t.TopicCode).HasMaxLength(64);
        builder.Property(t => t.ServiceTypeCode).HasMaxLength(64);
        builder.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicCode);
        builder.HasOne<ServiceType>().WithMany().HasForeignKey(t => t.ServiceTypeCode);
    }
}

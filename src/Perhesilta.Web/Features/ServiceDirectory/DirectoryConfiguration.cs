using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.ServiceDirectory;

internal static class LocalizedTextMapping
{
    /// <summary>Maps a <see cref="LocalizedText"/> to three columns, e.g. Name_Fi, Name_Sv, Name_En.</summary>
    public static void Localized<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, LocalizedText?>> text, int maxLength)
        where T : class =>
        builder.ComplexProperty(text, c =>
        {
            c.IsRequired();
            c.Property(t => t.Fi).HasMaxLength(maxLength);
            c.Property(t => t.Sv).HasMaxLength(maxLength);
            c.Property(t => t.En).HasMaxLength(maxLength);
        });

    public static void Versioned<T>(this EntityTypeBuilder<T> builder)
        where T : class, IVersionedDirectoryRecord
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectoryOrganizationConfiguration : IEntityTypeConfiguration<DirectoryOrganization>
{
    public void Configure(EntityTypeBuilder<DirectoryOrganization> builder)
    {
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Localized(o => o.Name, DirectoryLimits.Name);
        builder.Localized(o => o.Description, DirectoryLimits.Description);
        builder.Property(o => o.Website).HasMaxLength(DirectoryLimits.Contact);
        builder.Property(o => o.Email).HasMaxLength(DirectoryLimits.Contact);
        builder.Property(o => o.Phone).HasMaxLength(40);
        builder.Property(o => o.MunicipalityCode).HasMaxLength(3);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.Versioned();
    }
}

internal sealed class DirectoryServiceConfiguration : IEntityTypeConfiguration<DirectoryService>
{
    public void Configure(EntityTypeBuilder<DirectoryService> builder)
    {
        builder.HasOne(s => s.Organization).WithMany(o => o.Services).HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Localized(s => s.Name, DirectoryLimits.Name);
        builder.Localized(s => s.Description, DirectoryLimits.Description);
        builder.Localized(s => s.Eligibility, DirectoryLimits.ShortText);
        builder.Localized(s => s.ApplicationProcess, DirectoryLimits.ShortText);
        builder.Localized(s => s.Fees, DirectoryLimits.ShortText);
        builder.Property(s => s.Access).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Email).HasMaxLength(DirectoryLimits.Contact);
        builder.Property(s => s.Website).HasMaxLength(DirectoryLimits.Contact);
        builder.PrimitiveCollection(s => s.Languages).HasMaxLength(200);
        builder.HasIndex(s => s.CheckedOn);
        builder.ToTable(t => t.HasCheckConstraint("CK_DirectoryService_Ages", $"\"MinAge\" >= 0 AND \"MaxAge\" <= {DirectoryLimits.MaxAge} AND \"MinAge\" <= \"MaxAge\""));
        builder.Versioned();
    }
}

internal sealed class DirectoryServiceTypeConfiguration : IEntityTypeConfiguration<DirectoryServiceType>
{
    public void Configure(EntityTypeBuilder<DirectoryServiceType> builder)
    {
        builder.HasKey(t => new { t.ServiceId, t.ServiceTypeCode });
        builder.Property(t => t.ServiceTypeCode).HasMaxLength(DirectoryLimits.Code);
        builder.HasOne<DirectoryService>().WithMany(s => s.ServiceTypes).HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.ServiceType).WithMany().HasForeignKey(t => t.ServiceTypeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.ServiceTypeCode);
    }
}

internal sealed class DirectoryServiceAreaConfiguration : IEntityTypeConfiguration<DirectoryServiceArea>
{
    public void Configure(EntityTypeBuilder<DirectoryServiceArea> builder)
    {
        builder.HasKey(a => new { a.ServiceId, a.MunicipalityCode });
        builder.Property(a => a.MunicipalityCode).HasMaxLength(3);
        builder.HasOne<DirectoryService>().WithMany(s => s.Municipalities).HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Municipality).WithMany().HasForeignKey(a => a.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.MunicipalityCode);
    }
}

internal sealed class DirectoryLocationConfiguration : IEntityTypeConfiguration<DirectoryLocation>
{
    public void Configure(EntityTypeBuilder<DirectoryLocation> builder)
    {
        builder.HasOne(l => l.Organization).WithMany(o => o.Locations).HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Localized(l => l.Name, DirectoryLimits.Name);
        builder.Localized(l => l.Description, DirectoryLimits.ShortText);
        builder.Localized(l => l.Accessibility, DirectoryLimits.ShortText);
        builder.Property(l => l.StreetAddress).HasMaxLength(200);
        builder.Property(l => l.PostalCode).HasMaxLength(10);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.Property(l => l.MunicipalityCode).HasMaxLength(3);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(l => l.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.Versioned();
    }
}

internal sealed class ServiceAtLocationConfiguration : IEntityTypeConfiguration<ServiceAtLocation>
{
    public void Configure(EntityTypeBuilder<ServiceAtLocation> builder)
    {
        builder.HasOne<DirectoryService>().WithMany(s => s.Locations).HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Location).WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ServiceId, l.LocationId }).IsUnique();
        builder.HasIndex(l => l.LocationId);
    }
}

internal sealed class OpeningHoursConfiguration : IEntityTypeConfiguration<OpeningHours>
{
    public void Configure(EntityTypeBuilder<OpeningHours> builder)
    {
        builder.HasOne<DirectoryService>().WithMany(s => s.OpeningHours).HasForeignKey(h => h.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DirectoryLocation>().WithMany().HasForeignKey(h => h.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.Localized(h => h.Note, 200);
        builder.Ignore(h => h.IsException);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_OpeningHours_Weekday", "\"Weekday\" IS NULL OR (\"Weekday\" >= 1 AND \"Weekday\" <= 7)");
            t.HasCheckConstraint("CK_OpeningHours_Kind", "(\"Weekday\" IS NULL) <> (\"ValidFrom\" IS NULL)");
            t.HasCheckConstraint("CK_OpeningHours_Dates", "\"ValidTo\" IS NULL OR \"ValidTo\" >= \"ValidFrom\"");
            t.HasCheckConstraint("CK_OpeningHours_Times", "\"IsClosed\" OR (\"OpensAt\" IS NOT NULL AND \"ClosesAt\" IS NOT NULL AND \"OpensAt\" < \"ClosesAt\")");
        });
    }
}

internal sealed class DirectoryChangeConfiguration : IEntityTypeConfiguration<DirectoryChange>
{
    public void Configure(EntityTypeBuilder<DirectoryChange> builder)
    {
        builder.Property(c => c.RecordKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.ChangedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.RecordKind, c.RecordId, c.Version }).IsUnique();
        builder.HasIndex(c => c.ChangedAt);

        // History is evidence of who said what when: once saved, a version is not rewritten.
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsKey()))
        {
            property.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Throw);
        }
    }
}

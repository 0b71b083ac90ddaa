using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Families;

/// <summary>
/// A family's record at the desk: its adults and children, so that when someone contacts again the guide sees the
/// earlier contacts. Contacts are linked to it by a guide, never automatically.
/// </summary>
public sealed class Family
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The area the family lives in; the guides of that area may see the record.</summary>
    public int AreaId { get; set; }

    public required string MunicipalityCode { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency, as on contacts.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<FamilyMember> Members { get; } = [];
}

/// <summary>An adult or a child of a family.</summary>
public sealed class FamilyMember
{
    public int Id { get; set; }

    public Guid FamilyId { get; set; }

    public FamilyRole Role { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>How the member relates to the family, in the guide's words ("äiti", "isoäiti", "sijaisvanhempi").</summary>
    public string? Relationship { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>henkilötunnus, optional; validated (checksum, century sign) when given and never shown in lists.</summary>
    public string? PersonalIdentityCode { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> builder)
    {
        builder.Property(f => f.MunicipalityCode).HasMaxLength(3);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(f => f.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(f => f.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasMany(f => f.Members).WithOne().HasForeignKey(m => m.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<Contact>().WithOne().HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FamilyMemberConfiguration : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> builder)
    {
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.FirstName).HasMaxLength(ContactLimits.Name);
        builder.Property(m => m.LastName).HasMaxLength(ContactLimits.Name);
        builder.Property(m => m.Relationship).HasMaxLength(ContactLimits.ShortText);
        builder.Property(m => m.PersonalIdentityCode).HasMaxLength(11);
        builder.Property(m => m.Phone).HasMaxLength(ContactLimits.Phone);
        builder.Property(m => m.Email).HasMaxLength(ContactLimits.Email);

        // Repeat contacts are found by identity code, or suggested by name with a phone number or e-mail address.
        builder.HasIndex(m => m.PersonalIdentityCode);
        builder.HasIndex(m => new { m.LastName, m.FirstName });
    }
}

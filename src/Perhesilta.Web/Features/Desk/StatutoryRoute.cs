using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Desk;

/// <summary>The statutory routes a guide may take when a child may need social services or child welfare (DOMAIN.md, "The flow" 5).</summary>
public enum StatutoryRouteKind
{
    /// <summary>yhteydenotto with the family's consent to have their need assessed (SHL 35 §, LSL 25 a §).</summary>
    ConsentedAssessmentRequest,

    /// <summary>ilmoitus sosiaalihuollon tarpeesta without consent (SHL 35 § 2 mom.).</summary>
    SocialWelfareNeedNotification,

    /// <summary>lastensuojeluilmoitus (LSL 25 §).</summary>
    ChildWelfareNotification,

    /// <summary>ennakollinen lastensuojeluilmoitus, before a birth (LSL 25 c §).</summary>
    AnticipatoryChildWelfareNotification,
}

/// <summary>
/// A request or notification a guide made from a contact: when, by whom, to which unit, on what basis. The statutory
/// clocks (a later issue) count from <see cref="MadeAt"/>, so a saved route is never changed.
/// </summary>
public sealed class StatutoryRoute
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ContactId { get; set; }

    public StatutoryRouteKind Kind { get; set; }

    /// <summary>When the request or notification was made (e.g. by phone before it was recorded); the clocks start here.</summary>
    public DateTime MadeAt { get; set; }

    public required string MadeByUserId { get; set; }

    /// <summary>The receiving unit, e.g. the area's social services intake.</summary>
    public required string ToUnit { get; set; }

    /// <summary>What the concern is based on, in the guide's words.</summary>
    public required string Basis { get; set; }

    /// <summary>For a request with consent: who of the family consented, and how.</summary>
    public string? ConsentGivenBy { get; set; }

    public ConsentMethod? ConsentMethod { get; set; }

    public DateTime RecordedAt { get; set; }
}

internal sealed class StatutoryRouteConfiguration : IEntityTypeConfiguration<StatutoryRoute>
{
    public void Configure(EntityTypeBuilder<StatutoryRoute> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.ConsentMethod).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.ToUnit).HasMaxLength(200);
        builder.Property(r => r.Basis).HasMaxLength(ContactLimits.Description);
        builder.Property(r => r.ConsentGivenBy).HasMaxLength(ContactLimits.ShortText);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.MadeByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ContactId, r.MadeAt });

        // The recorded moments start statutory clocks: written once, never changed.
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsKey()))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Features.Desk;

/// <summary>The work forms of service guidance (DOMAIN.md, "The people"; the Lakeus model).</summary>
public enum ActionKind
{
    /// <summary>puhelinneuvonta ja -ohjaus.</summary>
    PhoneGuidance,

    /// <summary>ohjauskäynti at the family centre: the model allows 1–3 before the family is referred onwards.</summary>
    ReceptionVisit,

    HomeVisit,

    /// <summary>Lapset puheeksi -keskustelu.</summary>
    LetsTalkDiscussion,

    /// <summary>A guide consulted a professional (with consent, or anonymously).</summary>
    Consultation,

    NetworkMeetingRequested,

    ReferralMade,

    /// <summary>Information given to the family, e.g. about a service, by e-mail or letter.</summary>
    InformationGiven,

    /// <summary>A try to reach the family that did not succeed (no answer, wrong number).</summary>
    ContactAttempt,

    /// <summary>The guide told the family about a service of the directory (<see cref="ContactAction.ServiceId"/>) and how to get there.</summary>
    GuidedToService,
}

/// <summary>One thing a guide did for a contact: who, when, how long, and a note. Actions are a timeline; none is removed.</summary>
public sealed class ContactAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ContactId { get; set; }

    public ActionKind Kind { get; set; }

    /// <summary>When the action took place (the guide may record it afterwards); not in the future nor before the contact arrived.</summary>
    public DateTime PerformedAt { get; set; }

    public int? DurationMinutes { get; set; }

    public string? Note { get; set; }

    public required string PerformedByUserId { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>For reception visits: 1st, 2nd, 3rd… of this contact.</summary>
    public int? VisitNumber { get; set; }

    /// <summary>For <see cref="ActionKind.GuidedToService"/>: the directory's service the family was guided to.</summary>
    public Guid? ServiceId { get; set; }

    /// <summary>Whether the action reached the family (or the professional who asked): the first such action stops the response clock.</summary>
    public bool ReachedFamily { get; set; }

    /// <summary>Whether the action reaches the family by its nature; consultations and failed attempts do not.</summary>
    public static bool Reaches(ActionKind kind) => kind is not (ActionKind.Consultation or ActionKind.ContactAttempt or ActionKind.NetworkMeetingRequested or ActionKind.ReferralMade);
}

internal sealed class ContactActionConfiguration : IEntityTypeConfiguration<ContactAction>
{
    public void Configure(EntityTypeBuilder<ContactAction> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Note).HasMaxLength(ContactLimits.Description);
        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.PerformedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ContactId, a.PerformedAt });

        // A service the family was guided to stays in the directory (as defunct, if need be) so the record keeps its meaning.
        builder.HasOne<DirectoryService>().WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ServiceId);

        // The timeline is a record of work done: once saved, an action is not rewritten.
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsKey()))
        {
            property.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>The contact's information as a referral shares it: a field is null when it was not shared.</summary>
public sealed record SharedView(
    string? Name,
    string? ContactDetails,
    IReadOnlyList<int?>? ChildrenAges,
    IReadOnlyList<string>? Topics,
    string? Language,
    string? Description,
    string? Mapping);

/// <summary>A referral as the receiving service sees it: only what the guide chose to share, and only while sharing is in force.</summary>
public sealed record InboxReferralView(Referral Referral, string Service, string? Professional, string SentBy, SharedView? Shared, bool AnswerIsLate);

/// <summary>Reads the shared fields of a referral's contact, and nothing else of it.</summary>
public sealed class ShowSharedReferral(PerhesiltaDbContext db, IStringLocalizer<ReferralText> text)
{
    /// <summary>The referral in the professional's inbox; no view when it is not there, and whether it exists at all (403 or 404).</summary>
    public async Task<(InboxReferralView? View, bool Exists)> HandleAsync(Guid id, string userId, bool answerIsLate, CancellationToken cancellationToken = default)
    {
        var referral = await ReferralAccess.ForProfessional(db, userId).AsNoTracking().Include(r => r.Consents).Include(r => r.Events)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return (null, await db.Set<Referral>().AnyAsync(r => r.Id == id, cancellationToken));
        }

        referral.Events.Sort((a, b) => a.At.CompareTo(b.At));
        var service = await db.Set<DirectoryService>().Where(s => s.Id == referral.ServiceId).Select(s => s.Name).SingleAsync(cancellationToken);
        var names = await db.Users.Where(u => u.Id == referral.SentByUserId || u.Id == referral.ToProfessionalUserId).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var shared = ReferralAccess.SharingInForce(referral) ? await SharedAsync(referral.ContactId, referral.Shared, cancellationToken) : null;
        return (new InboxReferralView(referral, service.Local(), referral.ToProfessionalUserId is { } p ? names.GetValueOrDefault(p) : null, names.GetValueOrDefault(referral.SentByUserId, ""), shared, answerIsLate), true);
    }

    /// <summary>The shared fields of the contact; the guide sees the same to know what the service sees.</summary>
    public async Task<SharedView> SharedAsync(Guid contactId, SharedInformation shared, CancellationToken cancellationToken)
    {
        var contact = await db.Set<Contact>().AsNoTracking().Include(c => c.Children).Include(c => c.Topics).AsSplitQuery().SingleAsync(c => c.Id == contactId, cancellationToken);
        var mapping = await db.Set<SituationMapping>().AsNoTracking().Include(m => m.Topics).Include(m => m.Members).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.ContactId == contactId, cancellationToken);
        bool Has(SharedInformation flag) => shared.HasFlag(flag);
        contact.Children.Sort((a, b) => a.Id.CompareTo(b.Id));

        IReadOnlyList<string>? topics = null;
        if (Has(SharedInformation.Topics))
        {
            var codes = mapping is { Topics.Count: > 0 } ? mapping.Topics.Select(t => t.TopicCode).ToList() : contact.Topics.Select(t => t.TopicCode).ToList();
            topics = (await db.Set<Topic>().AsNoTracking().Where(t => codes.Contains(t.Code)).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken)).Select(t => t.LocalName()).ToList();
        }

        var mappedChildren = mapping?.Members.Where(m => m.Role == FamilyRole.Child).Select(m => m.Age).ToList() ?? [];
        var details = new[] { contact.Phone, contact.Email, text["Method." + contact.ContactMethod].Value }.Where(d => !string.IsNullOrWhiteSpace(d));
        return new SharedView(
            Has(SharedInformation.Name) ? contact.ContactName ?? text["Common.NotGiven"].Value : null,
            Has(SharedInformation.ContactDetails) ? string.Join(" · ", details) : null,
            Has(SharedInformation.Children) ? (mappedChildren.Count > 0 ? mappedChildren : [.. contact.Children.Select(c => c.Unborn ? 0 : c.Age)]) : null,
            topics,
            Has(SharedInformation.Language) ? LanguageNames.Of(contact.PreferredLanguage) + (contact.InterpreterNeeded ? " · " + text["Shared.InterpreterNeeded", contact.InterpreterLanguage ?? ""].Value : "") : null,
            Has(SharedInformation.Description) ? contact.Description : null,
            Has(SharedInformation.SituationMapping) && mapping is not null ? MappingText(mapping) : null);
    }

    private string MappingText(SituationMapping mapping) => string.Join("\n", new (string Key, string? Value)[]
    {
        ("Mapping.Description", mapping.CorrectedDescription),
        ("Mapping.Tried", mapping.TriedAlready),
        ("Mapping.Services", mapping.ServicesInUse),
        ("Mapping.Strengths", mapping.Strengths),
        ("Mapping.Concerns", mapping.Concerns),
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => text[p.Key].Value + ": " + p.Value));
}

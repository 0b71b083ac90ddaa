using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.ServiceDirectory.Finder;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>A service of the directory offered to the guide for a contact, with why it was offered.</summary>
public sealed record ServiceSuggestion(ServiceCard Service, IReadOnlyList<string> Reasons);

/// <summary>
/// The services a guide is offered for a contact: found from what the guide knows of the family — the topics (the
/// guide's mapped ones when there are any, else the asker's), the account of the situation (the guide's corrected one,
/// else the asker's words), the municipality and the children's ages. Only services that serve that municipality and
/// one of those ages appear.
/// </summary>
public sealed class SuggestServices(ServiceSearch search, ShowServices show, PerhesiltaDbContext db)
{
    public const int Limit = 5;

    public async Task<IReadOnlyList<ServiceSuggestion>> HandleAsync(ContactView view, string closedText, CancellationToken cancellationToken = default)
    {
        var contact = view.Contact;
        var mapping = view.Mapping?.Mapping;
        var topics = mapping is { Topics.Count: > 0 }
            ? mapping.Topics.Select(t => t.TopicCode).ToList()
            : contact.Topics.Select(t => t.TopicCode).ToList();
        var corrected = mapping?.CorrectedDescription;
        var text = Shortened(corrected ?? contact.Description);

        // The asker's words are analysed in the language they chose to be served in, when the search knows it; the
        // guide's corrected account is in the guide's own language.
        var language = corrected is null && SearchServices.Languages.Contains(contact.PreferredLanguage) ? contact.PreferredLanguage : Language;
        var query = new ServiceSearchQuery(text, language, contact.MunicipalityCode, AgesOf(contact, mapping), topics, Limit, AnswerLanguage: Language);
        var hits = await search.SearchAsync(query, cancellationToken);
        return await CardsAsync(hits, closedText, cancellationToken);
    }

    /// <summary>The services of the directory guided to in this contact, most recent first, as they are named now.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> GuidedInAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var ids = await db.Set<ContactAction>().AsNoTracking()
            .Where(a => a.ContactId == contactId && a.ServiceId != null)
            .OrderByDescending(a => a.PerformedAt).ThenByDescending(a => a.RecordedAt)
            .Select(a => a.ServiceId!.Value)
            .ToListAsync(cancellationToken);
        var distinct = ids.Distinct().ToList();
        var services = await db.Set<DirectoryService>().AsNoTracking().Where(s => distinct.Contains(s.Id)).ToListAsync(cancellationToken);
        return [.. distinct.Select(id => services.Find(s => s.Id == id)).OfType<DirectoryService>().Select(s => (s.Id, s.Name.In(Language)))];
    }

    /// <summary>Cards for search hits, best first, each with the reasons the search gave.</summary>
    public async Task<IReadOnlyList<ServiceSuggestion>> CardsAsync(IReadOnlyList<ServiceSearchHit> hits, string closedText, CancellationToken cancellationToken)
    {
        var cards = await show.HandleAsync([.. hits.Select(h => h.ServiceId)], closedText, cancellationToken);
        return [.. cards.Select(card => new ServiceSuggestion(card, hits.First(h => h.ServiceId == card.Id).Reasons))];
    }

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>
    /// The children's ages, as the guide mapped them when the mapping names any, else as the asker gave them. An unborn
    /// child counts as 0, so that the maternity clinic and the services of the expecting family are offered.
    /// </summary>
    internal static List<int> AgesOf(Contact contact, SituationMapping? mapping)
    {
        var mapped = mapping?.Members.Where(m => m.Role == FamilyRole.Child && m.Age is not null).Select(m => m.Age!.Value).ToList() ?? [];
        var ages = mapped.Count > 0 ? mapped : [.. contact.Children.Select(c => c.Unborn ? 0 : c.Age).OfType<int>()];
        return [.. ages.Where(a => a is >= 0 and <= DirectoryLimits.MaxAge).Distinct().Order()];
    }

    /// <summary>
    /// The account of a situation may be longer than a search text may be; its beginning, cut at a word, says what the
    /// matter is about well enough to find services for it.
    /// </summary>
    private static string Shortened(string text)
    {
        if (text.Length <= DirectoryLimits.Query)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', DirectoryLimits.Query - 1);
        return text[..(cut > 0 ? cut : DirectoryLimits.Query)];
    }
}

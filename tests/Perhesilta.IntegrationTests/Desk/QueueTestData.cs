using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Reference;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.Localization;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>What the queue tests add beside <see cref="DeskTestData"/>: the guide's situation mapping, and reading the queue's rows.</summary>
internal static class QueueTestData
{
    public static DateOnly Today => DateOnly.FromDateTime(HelsinkiTime.ToLocal(DateTime.UtcNow));

    public static async Task<List<Topic>> TopicsAsync(PerhesiltaApp app) =>
        await app.WithDbAsync(db => db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).Take(3).ToListAsync());

    /// <summary>The guide's mapping of a contact's situation with their own topics and the children's ages.</summary>
    public static async Task MapSituationAsync(PerhesiltaApp app, Guid contactId, string guideId, string[] topics, int[] childAges) =>
        await app.WithDbAsync(db =>
        {
            var mapping = new SituationMapping { ContactId = contactId, UpdatedByUserId = guideId, UpdatedAt = DateTime.UtcNow };
            mapping.Topics.AddRange(topics.Select(t => new SituationTopic { ContactId = contactId, TopicCode = t }));
            mapping.Members.Add(new SituationMember { ContactId = contactId, Role = FamilyRole.Adult, Description = "äiti" });
            mapping.Members.AddRange(childAges.Select(age => new SituationMember { ContactId = contactId, Role = FamilyRole.Child, Age = age }));
            db.Add(mapping);
            return db.SaveChangesAsync();
        });

    public static List<string?> Codes(Page page) =>
        [.. page.Document.QuerySelectorAll("#contacts tbody tr").Select(r => r.GetAttribute("data-contact"))];

    /// <summary>A row's cells (after the reference code) with their white space collapsed.</summary>
    public static List<string> Cells(Page page, string referenceCode) =>
        [.. page.Document.QuerySelector($"#contacts tr[data-contact='{referenceCode}']")!.QuerySelectorAll("td")
            .Select(c => string.Join(" ", c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
}

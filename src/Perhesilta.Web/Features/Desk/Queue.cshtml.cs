using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>
/// The guides' queue: views as tabs, filters kept in the address, a page at a time. It shows no names, contact
/// details or free text, so managers supervising their areas see it as guides do.
/// </summary>
[Authorize(Policy = DeskFeature.InboxPolicy)]
[NoClientData]
public sealed class QueueModel(FindQueuedContacts find, PerhesiltaDbContext db, IStringLocalizer<DeskText> text) : PageModel
{
    public static readonly IReadOnlyList<QueueView> Views = [QueueView.All, QueueView.New, QueueView.Callbacks, QueueView.Mine, QueueView.Waiting, QueueView.Closed];

    public QueueQuery Query { get; private set; } = new();

    public QueuePage Queue { get; private set; } = null!;

    public QueueChoices Choices { get; private set; } = null!;

    public bool Filtered => Query with { View = QueueView.All, Sort = QueueSort.Urgency, PageNumber = 1 } != new QueueQuery();

    public async Task OnGetAsync(
        string? view, string? sort, int? area, string? municipality, string? topic, string? channel, string? language, string? status, string? assignee, int? pageNumber, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        Query = new QueueQuery(
            Parse<QueueView>(view) ?? QueueView.All,
            Parse<QueueSort>(sort) ?? QueueSort.Urgency,
            area,
            Blank(municipality),
            Blank(topic),
            Parse<ContactChannel>(channel),
            Blank(language),
            Parse<ContactStatus>(status),
            Blank(assignee),
            pageNumber ?? 1);
        var places = await ServedPlaces.LoadAsync(db, userId, cancellationToken);
        Queue = await find.HandleAsync(userId, places, Query, cancellationToken);
        Choices = await QueueChoices.LoadAsync(db, userId, places, cancellationToken);
    }

    /// <summary>The address of this queue with the same filters and another view, sort or page.</summary>
    public string Link(QueueView? view = null, QueueSort? sort = null, int? pageNumber = null)
    {
        var query = new QueryBuilder();
        Add(query, "view", (view ?? Query.View) is var v && v != QueueView.All ? Slug(v) : null);
        Add(query, "sort", (sort ?? Query.Sort) is var s && s != QueueSort.Urgency ? Slug(s) : null);
        Add(query, "area", Query.AreaId?.ToString(CultureInfo.InvariantCulture));
        Add(query, "municipality", Query.Municipality);
        Add(query, "topic", Query.Topic);
        Add(query, "channel", Query.Channel?.ToString());
        Add(query, "language", Query.Language);
        Add(query, "status", Query.Status?.ToString());
        Add(query, "assignee", Query.Assignee);
        Add(query, "pageNumber", pageNumber is > 1 ? pageNumber.Value.ToString(CultureInfo.InvariantCulture) : null);
        return "/desk" + query.ToQueryString();
    }

    public static string Slug<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    public string TimeLeftText(TimeLeft left) => TimeLeftTexts.Of(text, left);

    private static void Add(QueryBuilder query, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(key, value);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T? Parse<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(value![0]) ? parsed : null;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>A topic of the taxonomy as a choice on the form.</summary>
public sealed record TopicChoice(string Code, string Name);

/// <summary>
/// The situation mapping of a contact (tilanteen kartoitus), beside what the asker gave. Only the service guides of
/// the contact's area or municipality open it; it shows client data, so each view is logged.
/// </summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class MappingModel(ShowContact show, PerhesiltaDbContext db) : PageModel
{
    /// <summary>Empty rows offered for more family members; "add rows" offers this many more.</summary>
    public const int EmptyRows = 3;

    [BindProperty]
    public MappingInput Input { get; set; } = new();

    public ContactView View { get; private set; } = null!;

    public IReadOnlyList<TopicChoice> TopicChoices { get; private set; } = [];

    public MappingErrors Errors { get; private set; } = new();

    /// <summary>A stale or refused save: the <see cref="DeskText"/> key and its arguments.</summary>
    public string? ErrorKey { get; private set; }

    public object[] ErrorArgs { get; private set; } = [];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = View.Mapping is { } saved ? FromMapping(saved.Mapping) : FromAsker(View);
        Input.AssessedUrgency = View.Contact.AssessedUrgency;
        Input.Version = View.Contact.Version;
        PadRows(EmptyRows);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? addRows, [FromServices] SaveSituationMapping save, CancellationToken cancellationToken)
    {
        if (addRows is not null)
        {
            // Only more rows: nothing is saved, and everything typed stays.
            return await LoadAsync(id, cancellationToken) ?? AfterPadding(EmptyRows);
        }

        var (result, errors) = await save.HandleAsync(id, Input, UserId, cancellationToken);
        switch (result.Outcome)
        {
            case ContactChangeOutcome.Saved:
                TempData["Notice"] = "Contact.Notice.MappingSaved";
                return RedirectToPage("/Desk/ContactDetails", new { id });
            case ContactChangeOutcome.NotFound:
                return NotFound();
            case ContactChangeOutcome.Forbidden:
                return Forbid();
        }

        Errors = errors;
        (ErrorKey, ErrorArgs) = StaleMessage.Of(result);
        if (await LoadAsync(id, cancellationToken) is { } gone)
        {
            return gone;
        }

        // The guide has now seen the record as it is; saving again is a deliberate choice over the other change.
        Input.Version = View.Contact.Version;
        return AfterPadding(0);
    }

    private PageResult AfterPadding(int rows)
    {
        PadRows(rows);
        return Page();
    }

    private void PadRows(int rows) => Input.Members.AddRange(Enumerable.Range(0, rows).Select(_ => new MemberInput()));

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await show.HandleAsync(id, UserId, cancellationToken);
        switch (result.Access)
        {
            case ContactAccess.NotFound:
                return NotFound();
            case ContactAccess.Forbidden:
                return Forbid();
        }

        View = result.View!;
        var topics = await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        TopicChoices = topics.Select(t => new TopicChoice(t.Code, t.LocalName())).ToList();
        return null;
    }

    private static MappingInput FromMapping(SituationMapping m)
    {
        var input = new MappingInput
        {
            TopicCodes = m.Topics.Select(t => t.TopicCode).ToList(),
            Members = m.Members.Select(x => new MemberInput { Role = x.Role, Age = x.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture), Description = x.Description }).ToList(),
            TriedAlready = m.TriedAlready,
            ServicesInUse = m.ServicesInUse,
            Strengths = m.Strengths,
            Concerns = m.Concerns,
            InterpreterNeeded = m.InterpreterNeeded,
            InterpreterLanguage = m.InterpreterLanguage,
            CorrectedDescription = m.CorrectedDescription,
        };
        return input;
    }

    /// <summary>The first mapping starts from what the asker gave: their topics, the children's ages, the interpreter need.</summary>
    private static MappingInput FromAsker(ContactView view) => new()
    {
        TopicCodes = view.Contact.Topics.Select(t => t.TopicCode).ToList(),
        Members = view.Contact.Children.Where(c => !c.Unborn).Select(c => new MemberInput { Role = FamilyRole.Child, Age = c.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList(),
        InterpreterNeeded = view.Contact.InterpreterNeeded,
        InterpreterLanguage = view.Contact.InterpreterLanguage,
    };
}

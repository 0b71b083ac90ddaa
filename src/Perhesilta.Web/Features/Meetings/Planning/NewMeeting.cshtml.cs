using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>A location of the directory to hold the meeting at.</summary>
public sealed record LocationOption(Guid Id, string Name, string Address, string City);

/// <summary>The guide requests a network meeting from a contact: what it is for, how soon, how and with whom.</summary>
[Authorize(Policy = AuthPolicies.ServiceGuide)]
[ClientData("Contact")]
public sealed class NewMeetingModel(ShowContact show, PerhesiltaDbContext db, MeetingFormText text, CreateMeeting create, IOptions<DeadlineOptions> deadlines)
    : WorkFormPageModel(show, db, text)
{
    private readonly PerhesiltaDbContext _db = db;

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public IReadOnlyList<ProfessionalOption> Professionals { get; private set; } = [];

    public IReadOnlyList<LocationOption> Locations { get; private set; } = [];

    public bool CanRequest => Contact.Status != ContactStatus.Closed && Contact.Kind != ContactKind.AnonymousAdvice;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = new MeetingInput
        {
            Version = Contact.Version,
            TargetWorkingDays = deadlines.Value.NetworkMeetingWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Duration = "60",
            Weekdays = [.. Enum.GetValues<Weekdays>().Where(d => d is not (Weekdays.None or Weekdays.All)).Select(d => d.ToString())],
            DayParts = [nameof(DayParts.Morning), nameof(DayParts.Afternoon)],
        };
        await ShowAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, meetingId) = await create.HandleAsync(id, Input, UserId, Localize("New.ByName"), cancellationToken);
        if (meetingId is { } created)
        {
            TempData["Notice"] = "Meeting.Notice.Requested";
            return Redirect($"/desk/meetings/{created}");
        }

        var answer = await AfterSaveAsync(id, Input.Version, result, "", cancellationToken);
        if (answer is Microsoft.AspNetCore.Mvc.RazorPages.PageResult)
        {
            await ShowAsync(cancellationToken);
        }

        return answer;
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        ShowClosed();
        Professionals = await ProfessionalOptions.ListAsync(_db, UserId, Localize("New.ByName"), cancellationToken);
        var locations = await _db.Set<DirectoryLocation>().AsNoTracking().ToListAsync(cancellationToken);
        Locations = [.. locations
            .Select(l => new LocationOption(l.Id, l.Name.Local(), $"{l.StreetAddress}, {l.PostalCode} {l.City}", l.City))
            .OrderBy(l => l.City, StringComparer.CurrentCulture).ThenBy(l => l.Name, StringComparer.CurrentCulture)];
    }
}

using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Deadlines.Lists;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Security;

namespace Perhesilta.Features.Deadlines.Report;

/// <summary>
/// The compliance report as a page, a printable page (<c>/print</c>) and CSV files (<c>/csv</c>: the figures,
/// <c>/misses</c>: the misses). The figures are aggregates. A miss is one family's clock, with the reason a worker
/// typed for the lateness, which may tell of the family: downloading the misses is logged as an export of each clock.
/// </summary>
[Authorize(Policy = DeadlineReportsFeature.ReportPolicy)]
[NoClientData]
public sealed class ComplianceReportModel(BuildComplianceReport build, IStringLocalizer<DeadlineReportText> text, IConfiguration configuration, TimeProvider clock, IAccessLog log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public List<int> Areas { get; set; } = [];

    public IReadOnlyList<AreaOption> AvailableAreas { get; private set; } = [];

    public ComplianceReport? Report { get; private set; }

    public bool Printable { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The county named on the printable report: the setting <c>ComplianceReport:County</c>, or Pohde.</summary>
    public string County => configuration["ComplianceReport:County"] is { Length: > 0 } county ? county : text["Print.County"];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnGetPrintAsync(CancellationToken cancellationToken)
    {
        Printable = true;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await FileAsync("figures", report => ComplianceCsv.Figures(report, text), cancellationToken);

    public async Task<IActionResult> OnGetMissesAsync(CancellationToken cancellationToken)
    {
        var file = await FileAsync("misses", report => ComplianceCsv.Misses(report, text), cancellationToken);
        if (Report is { Misses.Count: > 0 })
        {
            await log.RecordAsync(AccessAction.Export, "DeadlineClock", Report.Misses.Select(m => m.ClockId.ToString()).ToList(), cancellationToken: CancellationToken.None);
        }

        return file;
    }

    private async Task<IActionResult> FileAsync(string part, Func<ComplianceReport, string> write, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Report is null)
        {
            return BadRequest(string.Join(" ", Errors.Values));
        }

        // Finnish Excel opens a UTF-8 file with a byte order mark and semicolons as it is; without them "ä" breaks.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(write(Report))).ToArray();
        var name = $"perhesilta-{part}-{Report.Query.FromMonth:yyyy-MM}-{Report.Query.ToMonth:yyyy-MM}.csv";
        await HttpContext.RecordExportAsync(name);
        return File(bytes, "text/csv; charset=utf-8", name);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var administrator = User.IsInRole(StaffRoles.Administrator);
        var thisMonth = DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        thisMonth = new DateOnly(thisMonth.Year, thisMonth.Month, 1);
        From ??= $"{thisMonth.AddMonths(-11):yyyy-MM}";
        To ??= $"{thisMonth:yyyy-MM}";

        var from = ReportQuery.ParseMonth(From);
        var to = ReportQuery.ParseMonth(To);
        if (from is null)
        {
            Errors["from"] = text["Report.Error.Month", From];
        }

        if (to is null)
        {
            Errors["to"] = text["Report.Error.Month", To];
        }
        else if (from is not null && from > to)
        {
            Errors["to"] = text["Report.Error.ToBeforeFrom"];
        }
        else if (from is not null && (to.Value.Year * 12) + to.Value.Month - ((from.Value.Year * 12) + from.Value.Month) >= ReportQuery.MaxMonths)
        {
            Errors["to"] = text["Report.Error.TooLong", ReportQuery.MaxMonths];
        }

        if (Errors.Count > 0)
        {
            AvailableAreas = await build.AreasOfAsync(userId, administrator, cancellationToken);
            return;
        }

        Report = await build.HandleAsync(userId, administrator, new ReportQuery(from!.Value, to!.Value, Areas), cancellationToken);
        AvailableAreas = Report.AvailableAreas;
    }

    /// <summary>The address of this report in another form (<c>csv</c>, <c>misses</c>, <c>print</c>), with the same filters.</summary>
    public string LinkTo(string part)
    {
        var query = new List<string> { $"from={Uri.EscapeDataString(From ?? "")}", $"to={Uri.EscapeDataString(To ?? "")}" };
        query.AddRange(Areas.Select(a => $"area={a}"));
        return $"/reports/deadlines{(part.Length == 0 ? "" : "/" + part)}?{string.Join("&", query)}";
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// An import's progress (records validated and saved of all) and, at the end, its result. While the import runs the
/// page reloads itself every few seconds (a Refresh header, so no script is needed), unless the reader turns that off.
/// </summary>
[Authorize(Policy = HsdsFeature.Policy)]
[NoClientData]
public sealed class ImportStatusModel(HsdsImportJobs jobs) : PageModel
{
    public const int RefreshSeconds = 2;

    public HsdsImportJob Job { get; private set; } = null!;

    public bool AutoRefresh { get; private set; }

    public IActionResult OnGet(Guid id, string? auto)
    {
        if (jobs.Find(id) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        AutoRefresh = !job.Finished && auto != "off";
        if (AutoRefresh)
        {
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }

    public static string StateKey(HsdsImportJob job) => job switch
    {
        { Failed: true } => "Status.Failed",
        { Result: { Succeeded: true } } => "Status.Imported",
        { Result: not null } => "Status.Refused",
        _ => job.Progress.Stage switch
        {
            HsdsImportStage.Validating => "Status.Validating",
            HsdsImportStage.Saving => "Status.Saving",
            _ => "Status.Waiting",
        },
    };
}

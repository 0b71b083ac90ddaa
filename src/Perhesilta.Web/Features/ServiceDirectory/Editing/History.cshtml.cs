using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>A record's history (every version: who, when, what changed) or, with a version number, that whole version.</summary>
[Authorize(Policy = EditingFeature.Policy)]
[NoClientData]
public sealed class HistoryModel(ShowHistory show) : PageModel
{
    public string Kind { get; private set; } = "";

    public Guid Id { get; private set; }

    public RecordHistory? History { get; private set; }

    public RecordVersion? Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, int? version, CancellationToken cancellationToken)
    {
        Kind = kind;
        Id = id;
        var recordKind = kind switch
        {
            "services" => DirectoryRecordKind.Service,
            "organizations" => DirectoryRecordKind.Organization,
            _ => DirectoryRecordKind.Location,
        };
        if (version is { } number)
        {
            Version = await show.VersionAsync(recordKind, id, number, cancellationToken);
            return Version is null ? NotFound() : Page();
        }

        History = await show.HandleAsync(recordKind, id, cancellationToken);
        return History is null ? NotFound() : Page();
    }

    public string RecordUrl => $"/directory/{Kind}/{Id}";
}

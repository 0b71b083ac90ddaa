using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>Upload an HSDS 3.0 file; the import runs in the background and its status page shows how it goes.</summary>
[Authorize(Policy = HsdsFeature.Policy)]
[NoClientData]
[RequestSizeLimit(HsdsFeature.MaxImportBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = HsdsFeature.MaxImportBytes + 64 * 1024)]
public sealed class ImportModel(HsdsImportJobs jobs) : PageModel
{
    /// <summary>The key of the message about the file, when it cannot be imported at all.</summary>
    public string? FileError { get; private set; }

    public object[] FileErrorArguments { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || string.IsNullOrEmpty(file.FileName))
        {
            FileError = "Import.Error.NoFile";
        }
        else if (file.Length == 0)
        {
            FileError = "Import.Error.Empty";
        }
        else if (file.Length > HsdsFeature.MaxImportBytes)
        {
            FileError = "Import.Error.TooLarge";
            FileErrorArguments = [HsdsFeature.MaxImportBytes / (1024 * 1024)];
        }

        if (FileError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        using var data = new MemoryStream();
        await file!.CopyToAsync(data, cancellationToken);
        var job = jobs.Enqueue(Path.GetFileName(file.FileName), User.FindFirstValue(ClaimTypes.NameIdentifier), data.ToArray());
        return Redirect($"/directory/hsds/import/{job.Id}");
    }
}

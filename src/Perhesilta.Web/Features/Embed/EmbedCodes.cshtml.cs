using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Http;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Embed;

public sealed record MunicipalitySnippets(string Code, string Name, string Link, string Script);

/// <summary>For each municipality, the HTML to copy onto its own site for an "ask for help" button.</summary>
[Authorize(Policy = AuthPolicies.Administrator)]
[NoClientData]
public sealed class EmbedCodesModel(PerhesiltaDbContext db, PublicAddress publicAddress, IFileVersionProvider versions) : PageModel
{
    public string BaseUrl { get; private set; } = "";

    public string Language { get; private set; } = "fi";

    public string? Site { get; private set; }

    public string? SiteErrorKey { get; private set; }

    public string? Municipality { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Municipalities { get; private set; } = [];

    public IReadOnlyList<MunicipalitySnippets> Snippets { get; private set; } = [];

    /// <param name="kieli">The language of the button and the form: fi, sv or en.</param>
    /// <param name="lahde">The municipality's site, for the source of contacts even without JavaScript.</param>
    /// <param name="kunta">One municipality, or all when empty.</param>
    public async Task OnGetAsync(string? kieli, string? lahde, string? kunta, CancellationToken cancellationToken)
    {
        BaseUrl = publicAddress.Origin(Request);
        Language = LocalizationServices.Find(kieli)?.Code ?? "fi";
        if (!string.IsNullOrWhiteSpace(lahde))
        {
            var cleaned = EmbedSnippet.CleanSite(lahde);
            if (EmbedSnippet.IsSite(cleaned))
            {
                Site = cleaned;
            }
            else
            {
                Site = lahde;
                SiteErrorKey = "Embed.Error.Site";
            }
        }

        var all = (await db.Set<Municipality>().AsNoTracking().ToListAsync(cancellationToken))
            .Select(m => (m.Code, Name: m.LocalName()))
            .OrderBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true))
            .ToList();
        Municipalities = all;
        Municipality = all.Any(m => m.Code == kunta) ? kunta : null;

        var validSite = SiteErrorKey is null ? Site : null;
        var scriptPath = versions.AddFileVersionToPath(Request.PathBase, EmbedFeature.ScriptPath);
        Snippets = all
            .Where(m => Municipality is null || m.Code == Municipality)
            .Select(m => new MunicipalitySnippets(
                m.Code,
                m.Name,
                EmbedSnippet.Link(BaseUrl, m.Code, validSite, Language),
                EmbedSnippet.Script(BaseUrl, scriptPath, m.Code, validSite, Language)))
            .ToList();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.IntegrationTests.AccessLog;

/// <summary>
/// Test-only Razor pages, written as the Razor compiler would write them, and added to the application only by the
/// tests that need them: the product has no fake client pages.
/// </summary>
public static class ProbePages
{
    /// <summary>The application on the same database with the given probe pages added.</summary>
    public static WebApplicationFactory<Program> WithPages(PerhesiltaApp app, params ProbePage[] pages) => WithPages(app, pages, _ => { });

    public static WebApplicationFactory<Program> WithPages(PerhesiltaApp app, ProbePage[] pages, Action<IServiceCollection> configureServices) =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddRazorPages().ConfigureApplicationPartManager(parts => parts.ApplicationParts.Add(new ProbePart(pages)));
            configureServices(services);
        }));

    public static PageClient NewBrowser(this WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static readonly ProbePage Client = new(typeof(ClientProbePage), "/test/probe/client/{id}");
    public static readonly ProbePage Plain = new(typeof(PlainProbePage), "/test/probe/plain/{id}");
    public static readonly ProbePage Unmarked = new(typeof(UnmarkedProbePage), "/test/probe/unmarked");
    public static readonly ProbePage WrongRouteKey = new(typeof(WrongKeyProbePage), "/test/probe/wrong-key/{id}");
    public static readonly ProbePage Anonymous = new(typeof(AnonymousProbePage), "/test/probe/anonymous");
}

public sealed record ProbePage(Type PageType, string Route);

internal sealed class ProbePart(ProbePage[] pages) : ApplicationPart, IRazorCompiledItemProvider
{
    public override string Name => "Perhesilta.IntegrationTests.ProbePages";

    public IEnumerable<RazorCompiledItem> CompiledItems => pages.Select(p => new ProbeItem(p));

    private sealed class ProbeItem(ProbePage page) : RazorCompiledItem
    {
        public override string Identifier => $"/Features/Probe/{page.PageType.Name}.cshtml";

        public override string Kind => "mvc.1.0.razor-page";

        public override IReadOnlyList<object> Metadata =>
            [new RazorCompiledItemMetadataAttribute("RouteTemplate", page.Route), new RazorCompiledItemMetadataAttribute("Identifier", Identifier)];

        public override Type Type => page.PageType;
    }
}

/// <summary>The part of a compiled page that every probe shares: no layout, the route value as text.</summary>
public abstract class ProbePageBase<TModel> : Microsoft.AspNetCore.Mvc.RazorPages.Page
    where TModel : PageModel
{
    public ViewDataDictionary<TModel> ViewData => (ViewDataDictionary<TModel>)PageContext.ViewData;

    public TModel Model => ViewData.Model;

    public override Task ExecuteAsync()
    {
        Layout = null;
        WriteLiteral("probe " + RouteId());
        return Task.CompletedTask;
    }

    private string RouteId() => PageContext.RouteData.Values.TryGetValue("id", out var id) ? id?.ToString() ?? "" : "";
}

public sealed class ClientProbePage : ProbePageBase<ClientProbeModel>;

[ClientData("ProbeRecord")]
public sealed class ClientProbeModel : PageModel
{
    public IActionResult OnGet(string id) => id switch
    {
        "missing" => NotFound(),
        "moved" => RedirectToPage("/Probe/PlainProbePage", new { id }),
        _ => Page(),
    };
}

public sealed class PlainProbePage : ProbePageBase<PlainProbeModel>;

[NoClientData]
public sealed class PlainProbeModel : PageModel;

public sealed class UnmarkedProbePage : ProbePageBase<UnmarkedProbeModel>;

public sealed class UnmarkedProbeModel : PageModel;

public sealed class WrongKeyProbePage : ProbePageBase<WrongKeyProbeModel>;

[ClientData("ProbeRecord", routeKey: "familyId")]
public sealed class WrongKeyProbeModel : PageModel;

public sealed class AnonymousProbePage : ProbePageBase<AnonymousProbeModel>;

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class AnonymousProbeModel : PageModel;

using System.Text.RegularExpressions;
using Perhesilta.UnitTests.Infrastructure;
using Shouldly;

namespace Perhesilta.UnitTests.Localization;

/// <summary>
/// Every text key written as a literal in a Razor view (<c>Text["Home.Title"]</c>, <c>Shared["Layout.SignIn"]</c>)
/// exists in the resource file of the localizer that the view injects (in the view itself or in a
/// <c>_ViewImports.cshtml</c> above it). A missing key would otherwise show the key itself to the user.
/// </summary>
/// <remarks>
/// Limits of this scan: keys chosen at run time (<c>Text[Model.Error]</c>, <c>Shared[item.TextKey]</c>) and keys
/// used from C# code are not checked here, only string literals directly inside the indexer; a localizer passed
/// into a partial view under another name is not followed. Those keys are covered by the integration tests
/// that render the pages and check their text.
/// </remarks>
public sealed partial class PageTextKeysTests
{
    [Fact]
    public void Every_text_key_used_in_a_view_exists_in_the_injected_text_class()
    {
        var missing = new List<string>();
        var checkedUses = 0;
        foreach (var view in Views())
        {
            var localizers = InjectedLocalizers(view);
            var source = File.ReadAllText(view);
            foreach (var (name, textClass) in localizers)
            {
                var keys = ResourceFiles.Read(ResourceFileOf(textClass) + ".resx");
                foreach (Match use in Regex.Matches(source, $@"(?<![\w.]){Regex.Escape(name)}\[\s*""([^""]+)""\s*[\],]"))
                {
                    checkedUses++;
                    var key = use.Groups[1].Value;
                    if (!keys.ContainsKey(key))
                    {
                        missing.Add($"{RepositoryFiles.Relative(view)}: {name}[\"{key}\"] is not in {textClass}.resx");
                    }
                }
            }
        }

        missing.ShouldBeEmpty();
        checkedUses.ShouldBeGreaterThan(20, "the scan found too few text keys; has the view syntax changed?");
    }

    private static IEnumerable<string> Views() =>
        new[] { "Features", "Components" }
            .Select(folder => Path.Combine(RepositoryFiles.WebProject, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !Path.GetFileName(f).StartsWith("_View", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The localizers a view sees: its own <c>@inject</c>s, then those of each <c>_ViewImports.cshtml</c> above it.</summary>
    private static List<(string Name, string TextClass)> InjectedLocalizers(string view)
    {
        var found = new List<(string Name, string TextClass)>();
        var sources = new List<string> { view };
        for (var directory = Path.GetDirectoryName(view)!;
             directory.StartsWith(RepositoryFiles.WebProject, StringComparison.Ordinal);
             directory = Path.GetDirectoryName(directory)!)
        {
            sources.Add(Path.Combine(directory, "_ViewImports.cshtml"));
        }

        foreach (var source in sources.Where(File.Exists))
        {
            foreach (Match inject in InjectLocalizer().Matches(File.ReadAllText(source)))
            {
                var name = inject.Groups[2].Value;
                if (found.All(f => f.Name != name))
                {
                    // The nearest declaration wins, as in Razor.
                    found.Add((name, inject.Groups[1].Value.Split('.')[^1]));
                }
            }
        }

        return found;
    }

    private static string ResourceFileOf(string textClass)
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.WebProject, textClass + ".resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .ToList();
        files.Count.ShouldBe(1, $"exactly one {textClass}.resx should exist");
        return files[0][..^".resx".Length];
    }

    [GeneratedRegex(@"@inject\s+(?:[\w.]+\.)?I(?:String|Html)Localizer<\s*([\w.]+)\s*>\s+(\w+)")]
    private static partial Regex InjectLocalizer();
}

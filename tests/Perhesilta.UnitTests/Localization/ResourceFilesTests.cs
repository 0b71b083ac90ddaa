using System.Xml.Linq;
using Perhesilta.UnitTests.Infrastructure;
using Shouldly;

namespace Perhesilta.UnitTests.Localization;

/// <summary>
/// Every text class has a Finnish (neutral) resource file BASE.resx and its Swedish and English translations
/// BASE.sv.resx and BASE.en.resx; all three must carry the same keys and no empty text.
/// </summary>
public sealed class ResourceFilesTests
{
    public static TheoryData<string> TextClasses()
    {
        var data = new TheoryData<string>();
        foreach (var resource in ResourceFiles.BaseNames())
        {
            data.Add(RepositoryFiles.Relative(resource));
        }

        return data;
    }

    [Fact]
    public void The_application_has_text_classes_to_check() =>
        ResourceFiles.BaseNames().Count.ShouldBeGreaterThanOrEqualTo(4);

    [Theory]
    [MemberData(nameof(TextClasses))]
    public void A_text_class_has_the_same_keys_in_Finnish_Swedish_and_English(string resource)
    {
        var path = Path.Combine(RepositoryFiles.Root, resource);
        var finnish = ResourceFiles.Read(path + ".resx").Keys.Order(StringComparer.Ordinal).ToList();

        foreach (var language in new[] { "sv", "en" })
        {
            var translated = Path.Combine(RepositoryFiles.Root, $"{resource}.{language}.resx");
            File.Exists(translated).ShouldBeTrue($"{resource}.{language}.resx is missing");
            var keys = ResourceFiles.Read(translated).Keys.ToHashSet(StringComparer.Ordinal);
            finnish.Except(keys).ShouldBeEmpty($"keys of {resource}.resx missing from {resource}.{language}.resx");
            keys.Except(finnish).ShouldBeEmpty($"keys of {resource}.{language}.resx that {resource}.resx lacks");
        }
    }

    [Theory]
    [MemberData(nameof(TextClasses))]
    public void No_text_is_empty_in_any_language(string resource)
    {
        foreach (var suffix in new[] { ".resx", ".sv.resx", ".en.resx" })
        {
            var file = Path.Combine(RepositoryFiles.Root, resource + suffix);
            var empty = ResourceFiles.Read(file).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key);
            empty.ShouldBeEmpty($"empty texts in {resource}{suffix}");
        }
    }

    [Fact]
    public void Every_translation_has_a_Finnish_resource_file()
    {
        var orphans = Directory.EnumerateFiles(RepositoryFiles.Root + "/src", "*.resx", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".sv.resx", StringComparison.Ordinal) || f.EndsWith(".en.resx", StringComparison.Ordinal))
            .Where(f => !File.Exists(f[..^".xx.resx".Length] + ".resx"))
            .Select(RepositoryFiles.Relative);

        orphans.ShouldBeEmpty();
    }
}

internal static class ResourceFiles
{
    /// <summary>The base paths (without extension) of every Finnish resource file in src.</summary>
    public static IReadOnlyList<string> BaseNames() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f).Count(c => c == '.') == 1)
            .Select(f => f[..^".resx".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The key/value pairs of a resource file; a key given twice fails, as it would confuse translators.</summary>
    public static IReadOnlyDictionary<string, string> Read(string file)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(file).Root!.Elements("data"))
        {
            var key = (string?)data.Attribute("name") ?? throw new InvalidOperationException($"A <data> element without a name in {file}.");
            if (!entries.TryAdd(key, (string?)data.Element("value") ?? ""))
            {
                throw new InvalidOperationException($"The key {key} is given twice in {file}.");
            }
        }

        return entries;
    }
}

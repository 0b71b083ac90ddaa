namespace Perhesilta.UnitTests.Infrastructure;

/// <summary>Finds the repository's own source files, so that tests can check what is committed.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string WebProject => Path.Combine(Root, "src", "Perhesilta.Web");

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Perhesilta.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Perhesilta.slnx was not found above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}

namespace AlnDecisions.Server.Tests;

/// <summary>Folders of the repository the tests run in.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Rules => Path.Combine(Root, "rules");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlnDecisions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("AlnDecisions.sln not found above the test binaries");
    }
}

using AlnDecisions.Specs;

namespace AlnDecisions.Cli.Hosting;

/// <summary>Default directories (rules/ and features/ of the repository around the current directory) and checks on given ones.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository around the current directory, or null outside one.</summary>
    public static string? Root()
    {
        try
        {
            return ScenarioEnvironment.FindRepositoryRoot(Directory.GetCurrentDirectory());
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public static string Rules(string? given) => Existing(given, "rules", "rules directory", "--rules DIR");

    public static string Features(string? given) => Existing(given, "features", "features directory", "FEATURES_DIR");

    /// <summary>An existing file, or a one-line failure naming it.</summary>
    public static string ExistingFile(string path, string what)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw new CommandFailedException($"{what} {path}: no such file");
    }

    public static string ExistingDirectory(string path, string what)
    {
        var full = Path.GetFullPath(path);
        return Directory.Exists(full) ? full : throw new CommandFailedException($"{what} {path}: no such directory");
    }

    private static string Existing(string? given, string folder, string what, string flag)
    {
        if (given is not null)
        {
            return ExistingDirectory(given, what);
        }

        var root = Root() ?? throw new CommandFailedException($"no {what} given and no AlnDecisions repository around {Directory.GetCurrentDirectory()}: give {flag}", ExitCodes.Usage);
        return ExistingDirectory(Path.Combine(root, folder), what);
    }
}

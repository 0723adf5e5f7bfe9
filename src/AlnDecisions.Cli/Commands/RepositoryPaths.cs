using AlnDecisions.Specs;

namespace AlnDecisions.Cli.Commands;

/// <summary>Default directories: rules/ and features/ of the repository around the current directory.</summary>
internal static class RepositoryPaths
{
    public static string Root => ScenarioEnvironment.FindRepositoryRoot(Directory.GetCurrentDirectory());

    public static string Rules(string? given) => given is null ? Path.Combine(Root, "rules") : Path.GetFullPath(given);

    public static string Features(string? given) => given is null ? Path.Combine(Root, "features") : Path.GetFullPath(given);
}

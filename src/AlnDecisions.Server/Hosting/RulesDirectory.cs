using AlnDecisions.Server.Security;

namespace AlnDecisions.Server.Hosting;

/// <summary>Where the host reads rule sets from: the configured directory, relative to where it was started.</summary>
public static class RulesDirectory
{
    /// <summary>
    /// <paramref name="configured"/> (RuleSets:Directory; default <c>rules</c>) made absolute against
    /// <paramref name="baseDirectory"/>. It must exist: a service that would answer with no rules
    /// refuses to start and says which setting to change.
    /// </summary>
    public static string Resolve(string? configured, string baseDirectory)
    {
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "rules" : configured, baseDirectory);
        return Directory.Exists(directory)
            ? directory
            : throw new RefusedToStartException(
                $"The rules directory '{directory}' does not exist. Start the service from the repository root (its rules/ folder) or set RuleSets:Directory (e.g. --RuleSets:Directory=/path/to/rules).");
    }
}

using System.ComponentModel.DataAnnotations;

namespace AlnDecisions.Server.Hosting;

/// <summary>Where rule sets come from and how edits are picked up.</summary>
public sealed class RuleSetOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "RuleSets";

    /// <summary>
    /// The rules directory, absolute or relative to the directory the service was started in.
    /// Default: <c>rules</c> (the repository's rules/ when started from the repository root).
    /// </summary>
    public string Directory { get; set; } = "rules";

    /// <summary>Whether edits to the directory are picked up without a restart. Default: true.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How long the directory must be quiet before a reload starts, so an editor's save (often
    /// several writes) becomes one reload. Default: 250 ms.
    /// </summary>
    [Range(10, 60_000)]
    public int DebounceMilliseconds { get; set; } = 250;
}

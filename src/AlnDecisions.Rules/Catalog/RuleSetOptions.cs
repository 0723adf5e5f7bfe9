using System.ComponentModel.DataAnnotations;

namespace AlnDecisions.Rules.Catalog;

/// <summary>Where rule sets come from and how edits are picked up.</summary>
public sealed class RuleSetOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "RuleSets";

    /// <summary>
    /// The rules directory. Default: empty, which means the <c>rules/</c> folder of the repository
    /// the service runs from (found by walking up to <c>AlnDecisions.sln</c>).
    /// </summary>
    public string Directory { get; set; } = string.Empty;

    /// <summary>Whether edits to the directory are picked up without a restart. Default: true.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How long the directory must be quiet before a reload starts, so an editor's save (often
    /// several writes) becomes one reload. Default: 250 ms.
    /// </summary>
    [Range(10, 60_000)]
    public int DebounceMilliseconds { get; set; } = 250;
}

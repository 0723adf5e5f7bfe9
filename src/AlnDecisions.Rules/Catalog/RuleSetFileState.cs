using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>What the catalog made of one file.</summary>
/// <param name="File">Path relative to the rules directory.</param>
/// <param name="Serving">The version this file contributes, or null when it never loaded.</param>
/// <param name="RejectedEdit">Problems with the file's current content; empty when that content is what serves.</param>
public sealed record RuleSetFileState(string File, RuleSetDefinition? Serving, IReadOnlyList<RuleSetProblem> RejectedEdit)
{
    /// <summary>SERVING, SERVING_PREVIOUS (the latest edit was rejected) or REJECTED (nothing from this file serves).</summary>
    public string LoadState => (Serving, RejectedEdit.Count) switch
    {
        (null, _) => "REJECTED",
        (_, 0) => "SERVING",
        _ => "SERVING_PREVIOUS",
    };
}

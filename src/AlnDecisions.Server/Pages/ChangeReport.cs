using AlnDecisions.Contract;

namespace AlnDecisions.Server.Pages;

/// <summary>What would change one recorded decision's outcome, and which rules the search decided with.</summary>
/// <param name="Changes">The search's result; null when the recorded request cannot be decided by the rules in force now.</param>
/// <param name="SameRules">True when the rules in force now are the rule sets the decision was recorded with (ids, versions and SHA-256 hashes alike).</param>
/// <param name="OutcomeNow">The outcome the unchanged request gets from the rules in force now (the recorded outcome when <paramref name="SameRules"/>).</param>
public sealed record ChangeReport(OutcomeChanges? Changes, bool SameRules, string OutcomeNow);

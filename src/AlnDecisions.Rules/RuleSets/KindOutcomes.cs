using AlnDecisions.Domain;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// The outcome codes each decision kind may give. They are part of the public contract, so a rule
/// file cannot invent one: a typo in an outcome is a load error, not a new code sent to MIS systems.
/// </summary>
public static class KindOutcomes
{
    private static readonly Dictionary<DecisionKind, string[]> Allowed = new()
    {
        [DecisionKind.AlnDetermination] = ["HAS_ALN", "NO_ALN", Outcomes.MoreInformationNeeded, "OUT_OF_SCOPE"],
        [DecisionKind.IdpResponsibility] = ["SCHOOL", "FEI", "LOCAL_AUTHORITY", "NOT_APPLICABLE", Outcomes.MoreInformationNeeded],
        [DecisionKind.Post16ReasonableNeeds] = ["IDP_NECESSARY", "IDP_NOT_NECESSARY", "CONSENT_REQUIRED", "NOT_APPLICABLE", Outcomes.MoreInformationNeeded],
        [DecisionKind.CrossBorder] = ["NOT_CROSS_BORDER", "HOME_AUTHORITY_RESPONSIBLE", "SCHOOL_AUTHORITY_DIRECTS_ONLY", "LOOKING_AFTER_AUTHORITY_RESPONSIBLE", Outcomes.MoreInformationNeeded],
        [DecisionKind.StatutoryTimescales] = ["DEADLINES_COMPUTED", "NO_DEADLINES", Outcomes.MoreInformationNeeded],
    };

    /// <summary>The outcomes <paramref name="kind"/> may give.</summary>
    public static IReadOnlyList<string> For(DecisionKind kind) => Allowed[kind];
}

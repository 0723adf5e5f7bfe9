using AlnDecisions.Domain;

namespace AlnDecisions.Rules.Plan;

/// <summary>The declaration of every decision kind. Adding a kind adds an entry here and its rule files.</summary>
internal static class DecisionKinds
{
    private static readonly Outcome MoreInformation = Outcome.MoreInformationNeeded;

    public static IReadOnlyList<KindDeclaration> All { get; } =
    [
        new(DecisionKind.AlnDetermination, KindEvaluation.FirstMatch,
            [new("HAS_ALN"), new("NO_ALN"), MoreInformation, new("OUT_OF_SCOPE")],
            [], []),
        new(DecisionKind.IdpResponsibility, KindEvaluation.FirstMatch,
            [new("SCHOOL"), new("FEI"), new("LOCAL_AUTHORITY"), new("NOT_APPLICABLE"), MoreInformation],
            [DecisionField.ResponsibleAuthority, DecisionField.MayDirectSchool, DecisionField.ReferToAuthority],
            [new("NOT_APPLICABLE")]),
        new(DecisionKind.Post16ReasonableNeeds, KindEvaluation.FirstMatch,
            [new("IDP_NECESSARY"), new("IDP_NOT_NECESSARY"), new("CONSENT_REQUIRED"), new("NOT_APPLICABLE"), MoreInformation],
            [], [new("NOT_APPLICABLE")]),
        new(DecisionKind.CrossBorder, KindEvaluation.FirstMatch,
            [new("NOT_CROSS_BORDER"), new("HOME_AUTHORITY_RESPONSIBLE"), new("SCHOOL_AUTHORITY_DIRECTS_ONLY"), new("LOOKING_AFTER_AUTHORITY_RESPONSIBLE"), MoreInformation],
            [DecisionField.ResponsibleAuthority, DecisionField.FundingAuthority, DecisionField.Recoupment, DecisionField.ConsultationRequired],
            [new("NOT_CROSS_BORDER")],
            // Cross-border arrangements (e.g. a recoupment agreement) are the home authority's: it is
            // the authority responsible for the learner (EN para 73).
            PrinciplesOfHomeAuthority: true),
        new(DecisionKind.StatutoryTimescales, KindEvaluation.Timescales,
            [new("DEADLINES_COMPUTED"), new("NO_DEADLINES"), MoreInformation],
            [], []),
    ];

    private static readonly Dictionary<DecisionKind, KindDeclaration> ByKind = All.ToDictionary(k => k.Kind);

    public static KindDeclaration Of(DecisionKind kind) => ByKind[kind];
}

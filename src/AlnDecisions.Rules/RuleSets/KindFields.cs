using AlnDecisions.Domain;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>The further answers (decision fields) each kind's rules may give, and what each may hold.</summary>
public static class KindFields
{
    /// <summary>What a field's value must be.</summary>
    public enum FieldType
    {
        /// <summary>A Welsh authority code, or a fact path holding one.</summary>
        Authority,

        /// <summary>true or false.</summary>
        Boolean,

        /// <summary>A short stable code (e.g. GENERAL_RECOUPMENT_LAW).</summary>
        Code,
    }

    private static readonly Dictionary<DecisionKind, Dictionary<string, FieldType>> Allowed = new()
    {
        [DecisionKind.AlnDetermination] = [],
        [DecisionKind.IdpResponsibility] = new()
        {
            ["responsibleAuthority"] = FieldType.Authority,
            ["mayDirectSchool"] = FieldType.Boolean,
            ["referToAuthority"] = FieldType.Boolean,
        },
        [DecisionKind.Post16ReasonableNeeds] = [],
        [DecisionKind.CrossBorder] = new()
        {
            ["responsibleAuthority"] = FieldType.Authority,
            ["fundingAuthority"] = FieldType.Authority,
            ["recoupment"] = FieldType.Code,
            ["consultationRequired"] = FieldType.Boolean,
        },
        [DecisionKind.StatutoryTimescales] = [],
    };

    /// <summary>The fields <paramref name="kind"/>'s rules may set.</summary>
    public static IReadOnlyDictionary<string, FieldType> For(DecisionKind kind) => Allowed[kind];
}

namespace AlnDecisions.Domain;

/// <summary>What each <see cref="DecisionField"/> is called in the contract and what it holds: declared here once.</summary>
public static class DecisionFields
{
    private static readonly Dictionary<DecisionField, (string JsonName, AnswerType Type, string[] Codes)> Declared = new()
    {
        [DecisionField.ResponsibleAuthority] = ("responsibleAuthority", AnswerType.AuthorityCode, []),
        [DecisionField.MayDirectSchool] = ("mayDirectSchool", AnswerType.Boolean, []),
        [DecisionField.ReferToAuthority] = ("referToAuthority", AnswerType.Boolean, []),
        [DecisionField.FundingAuthority] = ("fundingAuthority", AnswerType.AuthorityCode, []),
        [DecisionField.Recoupment] = ("recoupment", AnswerType.Code, ["GENERAL_RECOUPMENT_LAW", "NONE_SCHOOL_BUDGET"]),
        [DecisionField.ConsultationRequired] = ("consultationRequired", AnswerType.Boolean, []),
        [DecisionField.PrinciplesConflict] = ("principlesConflict", AnswerType.Boolean, []),
    };

    private static readonly Dictionary<string, DecisionField> ByJsonName =
        Declared.ToDictionary(pair => pair.Value.JsonName, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The field's proto3 JSON name, e.g. responsibleAuthority.</summary>
    public static string JsonName(this DecisionField field) => Declared[field].JsonName;

    /// <summary>What the field holds.</summary>
    public static AnswerType TypeOf(this DecisionField field) => Declared[field].Type;

    /// <summary>For <see cref="AnswerType.Code"/> fields: every code it may hold.</summary>
    public static IReadOnlyList<string> CodesOf(this DecisionField field) => Declared[field].Codes;

    /// <summary>The field with this JSON name, if any.</summary>
    public static bool TryParse(string jsonName, out DecisionField field) => ByJsonName.TryGetValue(jsonName, out field);
}

namespace AlnDecisions.Rules.RuleSets;

/// <summary>The stable codes rule-set problems carry. Tools and tests match on these, never on messages.</summary>
public static class ProblemCodes
{
    public const string JsonMalformed = "JSON_MALFORMED";
    public const string FieldUnknown = "FIELD_UNKNOWN";
    public const string FieldMissing = "FIELD_MISSING";
    public const string FieldInvalid = "FIELD_INVALID";
    public const string RuleDuplicate = "RULE_DUPLICATE";
    public const string ExpressionInvalid = "EXPRESSION_INVALID";
    public const string ExpressionForbidden = "EXPRESSION_FORBIDDEN";
    public const string TextMissingEnglish = "TEXT_MISSING_EN";
    public const string TextMissingWelsh = "TEXT_MISSING_CY";
    public const string CitationMissing = "CITATION_MISSING";
    public const string EffectiveDatesOverlap = "EFFECTIVE_DATES_OVERLAP";
    public const string VersionDuplicate = "VERSION_DUPLICATE";
    public const string LayerNotAllowed = "LAYER_NOT_ALLOWED";
    public const string DefaultRuleMissing = "DEFAULT_RULE_MISSING";
    public const string ParametersMissing = "PARAMETERS_MISSING";
    public const string StatutoryContradiction = "STATUTORY_CONTRADICTION";
    public const string ExpressionAlwaysFails = "EXPRESSION_ALWAYS_FAILS";
    public const string FileUnreadable = "FILE_UNREADABLE";
    public const string AuthorityFileMissing = "AUTHORITY_FILE_MISSING";
    public const string KindCycle = "KIND_CYCLE";
}

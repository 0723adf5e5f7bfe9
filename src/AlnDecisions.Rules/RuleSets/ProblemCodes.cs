namespace AlnDecisions.Rules.RuleSets;

/// <summary>The stable codes rule-set problems carry. Tools and tests match on these, never on messages.</summary>
public static class ProblemCodes
{
    /// <summary>The file is not one JSON object.</summary>
    public const string JsonMalformed = "JSON_MALFORMED";

    /// <summary>A field the format does not have (often a typo).</summary>
    public const string FieldUnknown = "FIELD_UNKNOWN";

    /// <summary>A required field is absent or null.</summary>
    public const string FieldMissing = "FIELD_MISSING";

    /// <summary>A field has a value its place does not allow.</summary>
    public const string FieldInvalid = "FIELD_INVALID";

    /// <summary>Two rules of one rule set share a name.</summary>
    public const string RuleDuplicate = "RULE_DUPLICATE";

    /// <summary>An expression does not parse, or does not give true or false.</summary>
    public const string ExpressionInvalid = "EXPRESSION_INVALID";

    /// <summary>An expression reaches outside the facts, or is too long or too deep.</summary>
    public const string ExpressionForbidden = "EXPRESSION_FORBIDDEN";

    /// <summary>An expression could not be evaluated for any values of its facts.</summary>
    public const string ExpressionAlwaysFails = "EXPRESSION_ALWAYS_FAILS";

    /// <summary>A text has no English.</summary>
    public const string TextMissingEnglish = "TEXT_MISSING_EN";

    /// <summary>A text has no Welsh.</summary>
    public const string TextMissingWelsh = "TEXT_MISSING_CY";

    /// <summary>A rule cites no source.</summary>
    public const string CitationMissing = "CITATION_MISSING";

    /// <summary>Two versions of one question are in force on some of the same days.</summary>
    public const string EffectiveDatesOverlap = "EFFECTIVE_DATES_OVERLAP";

    /// <summary>Two files define the same id and version.</summary>
    public const string VersionDuplicate = "VERSION_DUPLICATE";

    /// <summary>A file is in a layer its authority may not add to.</summary>
    public const string LayerNotAllowed = "LAYER_NOT_ALLOWED";

    /// <summary>A principles layer does not end with a default rule.</summary>
    public const string DefaultRuleMissing = "DEFAULT_RULE_MISSING";

    /// <summary>An authority principle contradicts the statutory layer.</summary>
    public const string StatutoryContradiction = "STATUTORY_CONTRADICTION";

    /// <summary>A kind's rules read a fact that waits for that kind's own decision.</summary>
    public const string KindCycle = "KIND_CYCLE";

    /// <summary>A file could not be read (permissions, or held by another program).</summary>
    public const string FileUnreadable = "FILE_UNREADABLE";

    /// <summary>An authority has no IDP principles file.</summary>
    public const string AuthorityFileMissing = "AUTHORITY_FILE_MISSING";
}

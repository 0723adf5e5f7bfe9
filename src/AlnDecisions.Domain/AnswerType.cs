namespace AlnDecisions.Domain;

/// <summary>What a further answer holds.</summary>
public enum AnswerType
{
    /// <summary>A Welsh authority code (in a rule file: the code, or the fact that holds one).</summary>
    AuthorityCode,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>One code from the field's closed list.</summary>
    Code,
}

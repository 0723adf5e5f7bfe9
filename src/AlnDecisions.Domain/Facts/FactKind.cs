namespace AlnDecisions.Domain.Facts;

/// <summary>What kind of value a fact holds. Every kind keeps unknown apart from every value.</summary>
public enum FactKind
{
    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>One of a closed list of upper-case codes (e.g. MAINTAINED_SCHOOL).</summary>
    Choice,

    /// <summary>Text: an authority code, a reference or free text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A list of texts; an empty list is the caller saying "none".</summary>
    TextList,

    /// <summary>A list of codes from a closed list.</summary>
    ChoiceList,

    /// <summary>A list of records, each with facts of its own (e.g. a young person's desired outcomes).</summary>
    Records,
}

namespace AlnDecisions.Domain;

/// <summary>Which calendar a decision waits for.</summary>
public enum CalendarKind
{
    /// <summary>A school's term dates (its authority's, or the setting's own).</summary>
    SchoolTerms,

    /// <summary>A further education institution's own term-time calendar.</summary>
    FeiTerms,

    /// <summary>The England and Wales bank holidays.</summary>
    BankHolidays,
}

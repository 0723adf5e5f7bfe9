namespace AlnDecisions.Rules.Calendars;

/// <summary>
/// Stable codes for problems only calendar files have. Calendar files also use the shared
/// <see cref="RuleSets.ProblemCodes"/> (JSON_MALFORMED, FIELD_UNKNOWN, FIELD_MISSING, FIELD_INVALID).
/// Tools and tests match on codes, never on messages.
/// </summary>
public static class CalendarProblemCodes
{
    /// <summary>A JSON file where no calendar file belongs (calendars/ holds only the files the loader knows).</summary>
    public const string FileUnexpected = "CALENDAR_FILE_UNEXPECTED";

    /// <summary>The bank-holiday list or authorities.json is not there.</summary>
    public const string FileMissing = "CALENDAR_FILE_MISSING";

    /// <summary>A file's calendar, year or setting field disagrees with where the file is.</summary>
    public const string FileMisplaced = "CALENDAR_FILE_MISPLACED";

    /// <summary>A term outside its school year, a bank holiday outside the listed years, a closure outside every term.</summary>
    public const string DateOutOfRange = "DATE_OUT_OF_RANGE";

    /// <summary>A date that must be a weekday (term start or end, closure, bank holiday) falls at a weekend.</summary>
    public const string DateNotWeekday = "DATE_NOT_WEEKDAY";

    /// <summary>The same date, year or name twice.</summary>
    public const string Duplicate = "DUPLICATE";

    /// <summary>Two term blocks share days.</summary>
    public const string TermsOverlap = "TERMS_OVERLAP";

    /// <summary>A bank holiday falls on a weekday in term but is not a closure, or a BANK_HOLIDAY closure is not a bank holiday.</summary>
    public const string BankHolidayMismatch = "BANK_HOLIDAY_MISMATCH";

    /// <summary>authorities.json or a setting names a calendar year no term file supplies.</summary>
    public const string CalendarUnknown = "CALENDAR_UNKNOWN";
}

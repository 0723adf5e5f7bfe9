namespace AlnDecisions.Rules.Calendars;

/// <summary>Why a school-days count has no calendar for a date.</summary>
public enum SchoolCalendarGap
{
    /// <summary>The authority's term dates for the school year are not recorded.</summary>
    AuthorityTerms,

    /// <summary>Each school sets its INSET days, and this school's for the year are not recorded (or no school is named).</summary>
    SettingInsetDays,

    /// <summary>The setting's file has problems or belongs to another authority.</summary>
    SettingFile,
}

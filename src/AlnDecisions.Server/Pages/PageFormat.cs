using System.Globalization;

namespace AlnDecisions.Server.Pages;

/// <summary>
/// Dates as families read them ("1 October 2025", "1 Hydref 2025"). The month names are written
/// here rather than taken from a culture, so a Welsh page never depends on whether the machine's
/// ICU data includes cy-GB.
/// </summary>
internal static class PageFormat
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] WelshMonths =
        ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"];

    /// <summary>A YYYY-MM-DD date in words; the text as given when it is not such a date.</summary>
    public static string Date(string isoDate, PageLanguage language) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Date(date, language)
            : isoDate;

    /// <summary><paramref name="date"/> in words.</summary>
    public static string Date(DateOnly date, PageLanguage language) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {(language == PageLanguage.Welsh ? WelshMonths : EnglishMonths)[date.Month - 1]} {date.Year}");

    /// <summary>An RFC 3339 instant as its UTC date and time, e.g. "1 October 2025, 10:35 UTC".</summary>
    public static string Instant(string rfc3339, PageLanguage language) =>
        DateTimeOffset.TryParse(rfc3339, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? string.Create(CultureInfo.InvariantCulture, $"{Date(DateOnly.FromDateTime(instant.UtcDateTime), language)}, {instant.UtcDateTime:HH:mm} UTC")
            : rfc3339;
}

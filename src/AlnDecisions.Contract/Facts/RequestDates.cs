using System.Globalization;

namespace AlnDecisions.Contract.Facts;

/// <summary>How the contract writes dates, and the range a request's dates may fall in.</summary>
internal static class RequestDates
{
    /// <summary>Royal Assent of the ALN and Education Tribunal (Wales) Act 2018: nothing the Act governs happened before it.</summary>
    public static readonly DateOnly ActAssented = new(2018, 1, 24);

    /// <summary>The latest decision date accepted: rule sets are dated, and a date beyond any plan is a typing error.</summary>
    public static readonly DateOnly LatestDecisionDate = new(2099, 12, 31);

    /// <summary>The earliest date of birth accepted.</summary>
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

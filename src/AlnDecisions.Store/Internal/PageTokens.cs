using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace AlnDecisions.Store.Internal;

/// <summary>
/// Opaque page tokens: the last id of the page, bound to a fingerprint of the query's filters so a
/// token replayed with other filters is refused rather than giving a silently wrong page.
/// </summary>
internal static class PageTokens
{
    private const string Version = "p1";

    public static string Create(string lastDecisionId, ListFilter filter) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}.{lastDecisionId}.{Fingerprint(filter)}"));

    public static bool TryRead(string token, ListFilter filter, out string lastDecisionId)
    {
        lastDecisionId = string.Empty;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split('.');
        if (parts.Length != 3 || parts[0] != Version || !DecisionIds.IsValid(parts[1]) || parts[2] != Fingerprint(filter))
        {
            return false;
        }

        lastDecisionId = parts[1];
        return true;
    }

    private static string Fingerprint(ListFilter filter)
    {
        var canonical = string.Join('\u001f', filter.CaseReference, filter.Authority, filter.Kind,
            filter.DecidedFrom?.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            filter.DecidedTo?.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)), 0, 8);
    }
}

using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AlnDecisions.Server.Pages;

/// <summary>
/// Which language a page is shown in. The <c>lang</c> query parameter decides; without it the
/// panel page follows the caller's <c>Accept-Language</c> where that names Welsh or English, and
/// is Welsh otherwise. The family's notice without <c>lang</c> is in both languages, Welsh first:
/// the browser asking is an officer's, and its preference says nothing about the family's.
/// </summary>
internal static class LanguageChoice
{
    /// <summary>The values <c>?lang=</c> takes on the panel page.</summary>
    public const string PanelValues = "cy or en";

    /// <summary>The values <c>?lang=</c> takes on the notice.</summary>
    public const string NoticeValues = "cy, en or both";

    public static bool TryParse(string value, out PageLanguage language)
    {
        switch (value)
        {
            case "cy":
                language = PageLanguage.Welsh;
                return true;
            case "en":
                language = PageLanguage.English;
                return true;
            default:
                language = PageLanguage.Welsh;
                return false;
        }
    }

    /// <summary>The languages of a notice: one, or both (Welsh first) for <c>both</c>.</summary>
    public static bool TryParseNotice(string value, out IReadOnlyList<PageLanguage> languages)
    {
        if (value == "both")
        {
            languages = PageLanguages.WelshFirst;
            return true;
        }

        var parsed = TryParse(value, out var one);
        languages = [one];
        return parsed;
    }

    /// <summary>
    /// Welsh or English, whichever <paramref name="acceptLanguage"/> ranks higher (the first named
    /// on a tie); Welsh when it names neither or cannot be read.
    /// </summary>
    public static PageLanguage FromAcceptLanguage(StringValues acceptLanguage)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptLanguage, out var ranges))
        {
            return PageLanguage.Welsh;
        }

        PageLanguage? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var tag = range.Value.Value ?? string.Empty;
            var primary = Primary(tag);
            PageLanguage? named = primary.Equals("cy", StringComparison.OrdinalIgnoreCase) ? PageLanguage.Welsh
                : primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? PageLanguage.English
                : null;
            if (named is { } language && quality > 0 && quality > bestQuality)
            {
                best = language;
                bestQuality = quality;
            }
        }

        return best ?? PageLanguage.Welsh;
    }

    private static string Primary(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? tag : tag[..dash];
    }
}

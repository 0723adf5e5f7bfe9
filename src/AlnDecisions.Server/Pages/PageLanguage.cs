using AlnDecisions.Domain;

namespace AlnDecisions.Server.Pages;

/// <summary>The language a page, or one block of a page, is written in.</summary>
public enum PageLanguage
{
    /// <summary>Cymraeg: first wherever the reader's preference is not known (Welsh Language Standards).</summary>
    Welsh,

    /// <summary>English.</summary>
    English,
}

/// <summary>Choosing between the two texts every page string has.</summary>
public static class PageLanguages
{
    /// <summary>Welsh first, then English: the order of a bilingual page.</summary>
    public static IReadOnlyList<PageLanguage> WelshFirst { get; } = [PageLanguage.Welsh, PageLanguage.English];

    /// <summary>The BCP 47 code for a <c>lang</c> attribute and the <c>?lang=</c> parameter.</summary>
    public static string Code(this PageLanguage language) => language == PageLanguage.Welsh ? "cy" : "en";

    /// <summary>The other language, for the switch on a page.</summary>
    public static PageLanguage Other(this PageLanguage language) => language == PageLanguage.Welsh ? PageLanguage.English : PageLanguage.Welsh;

    /// <summary>The text in <paramref name="language"/>.</summary>
    public static string In(this LocalisedText text, PageLanguage language) => language == PageLanguage.Welsh ? text.Cy : text.En;

    /// <summary>The contract's text in <paramref name="language"/>.</summary>
    public static string In(this Contract.V1.LocalisedText? text, PageLanguage language) =>
        text is null ? string.Empty : language == PageLanguage.Welsh ? text.Cy : text.En;
}

using AlnDecisions.Contract.V1;

namespace AlnDecisions.Cli.Hosting;

/// <summary>The language text is shown in (<c>--lang en|cy</c>).</summary>
public enum Language
{
    /// <summary>English.</summary>
    En,

    /// <summary>Welsh.</summary>
    Cy,
}

/// <summary>Picking the text of one language.</summary>
public static class LanguageText
{
    /// <summary><paramref name="en"/> or <paramref name="cy"/>, as <paramref name="language"/> asks.</summary>
    public static string Say(this Language language, string en, string cy) => language == Language.Cy ? cy : en;

    /// <summary>The contract's localised text in <paramref name="language"/> (English when the Welsh is missing).</summary>
    public static string Of(this Language language, LocalisedText? text) =>
        text is null ? string.Empty : language == Language.Cy && text.Cy.Length > 0 ? text.Cy : text.En;
}

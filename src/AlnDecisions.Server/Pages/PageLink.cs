namespace AlnDecisions.Server.Pages;

/// <summary>A link in a page's banner.</summary>
/// <param name="Href">Where it goes.</param>
/// <param name="Text">What it says.</param>
/// <param name="Language">The language its text is written in.</param>
/// <param name="SwitchesLanguage">Whether it leads to the same page in <paramref name="Language"/>.</param>
public sealed record PageLink(string Href, string Text, PageLanguage Language, bool SwitchesLanguage);

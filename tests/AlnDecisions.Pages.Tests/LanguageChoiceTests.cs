using AlnDecisions.Server.Pages;

namespace AlnDecisions.Pages.Tests;

public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("both", new[] { PageLanguage.Welsh, PageLanguage.English })]
    [InlineData("cy", new[] { PageLanguage.Welsh })]
    [InlineData("en", new[] { PageLanguage.English })]
    public void TryParseNotice_KnownValue_GivesItsLanguagesWelshFirst(string value, PageLanguage[] expected)
    {
        LanguageChoice.TryParseNotice(value, out var languages).Should().BeTrue();
        languages.Should().Equal(expected);
    }

    [Theory]
    [InlineData("CY")]
    [InlineData("")]
    [InlineData("cym")]
    [InlineData("both ")]
    public void TryParse_AnythingElse_IsRefused(string value)
    {
        LanguageChoice.TryParse(value, out _).Should().BeFalse();
        LanguageChoice.TryParseNotice(value, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("", PageLanguage.Welsh)]
    [InlineData("en-US", PageLanguage.English)]
    [InlineData("EN", PageLanguage.English)]
    [InlineData("cy, en", PageLanguage.Welsh)]
    [InlineData("en, cy", PageLanguage.English)]
    [InlineData("en;q=0, de", PageLanguage.Welsh)]
    [InlineData("not a header;;;", PageLanguage.Welsh)]
    public void FromAcceptLanguage_RanksWelshAndEnglishOnly(string header, PageLanguage expected) =>
        LanguageChoice.FromAcceptLanguage(header).Should().Be(expected);
}

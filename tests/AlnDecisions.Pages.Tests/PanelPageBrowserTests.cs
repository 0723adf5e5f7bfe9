using System.Text.RegularExpressions;
using AlnDecisions.Contract.V1;
using AlnDecisions.Pages.Tests.Infrastructure;
using AlnDecisions.Server.Pages.Texts;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AlnDecisions.Pages.Tests;

/// <summary>The panel's page in Chromium: both languages, the content in words, the switch, print, screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PanelPageBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private string PanelToken => fixture.Server.Token(BrowserFixture.Authority, "panel");

    private string Address(string lang) => $"/panel/decisions/{fixture.Decided.DecisionId}?lang={lang}";

    [Theory]
    [InlineData("cy")]
    [InlineData("en")]
    public async Task PanelPage_InEachLanguage_ShowsTheRecordInWords(string lang)
    {
        var language = lang == "cy" ? Server.Pages.PageLanguage.Welsh : Server.Pages.PageLanguage.English;
        await using var context = await fixture.ContextAsync(PanelToken);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(Address(lang));

        response!.Status.Should().Be(200);
        (await page.GetAttributeAsync("html", "lang")).Should().Be(lang);
        var main = await page.Locator("main").InnerTextAsync();
        main.Should().Contain(fixture.Decided.CaseReference).And.Contain(fixture.Decided.DecisionId);
        foreach (var decision in fixture.Decided.Decisions)
        {
            main.Should().Contain(Say(OutcomeWords.Question(decision.Kind), language), "each kind has its question as a heading");
            main.Should().Contain(Say(OutcomeWords.Of(decision.Kind, decision.Outcome), language), "each outcome is shown in words");
            foreach (var set in decision.RuleSets)
            {
                main.Should().Contain(set.Sha256).And.Contain(set.Version);
            }
        }

        var aln = fixture.Decided.Decisions.Single(d => d.Kind == DecisionKind.Types.Value.AlnDetermination);
        var deciding = aln.Explanation.Reasons.Single(r => r.RuleId == aln.Explanation.DecidingRule);
        main.Should().Contain(lang == "cy" ? deciding.Text.Cy : deciding.Text.En, "the rule that settled it, in plain language");
        main.Should().Contain(Say(FactWords.Label("learner.needs.significantlyGreaterDifficulty"), language), "facts are named in words");
        main.Should().Contain(Say(OutcomeWords.Of(DecisionKind.Types.Value.AlnDetermination, "NO_ALN"), language), "the person's decision is beside the recommendation");
        main.Should().Contain(fixture.WelshReason).And.Contain(fixture.EnglishTranslation);
        main.Should().Contain(Say(PageTexts.WhatWouldChange, language)).And.Contain(Say(PageTexts.SameRules, language));
        main.Should().Contain(Say(PageTexts.DoesNotFollow, language));
        (await page.Locator("blockquote[lang]").CountAsync()).Should().Be(lang == "cy" ? 0 : 1, "a reason in the other language is marked with its language");

        ContractCode().Matches(main).Select(m => m.Value).Should().BeEmpty("no contract code is shown to people");
        FactPath().Matches(main).Select(m => m.Value).Should().BeEmpty("no fact is shown by its JSON path");

        var screenshot = Artifacts.PathOf($"panel-{lang}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
    }

    [Fact]
    public async Task PanelPage_LanguageSwitch_OpensTheOtherLanguage()
    {
        await using var context = await fixture.ContextAsync(PanelToken);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address("cy"));

        await page.GetByRole(AriaRole.Link, new() { Name = PageTexts.ReadInOther.Cy }).ClickAsync();

        (await page.GetAttributeAsync("html", "lang")).Should().Be("en");
        page.Url.Should().EndWith("?lang=en");
        (await page.Locator("h1").InnerTextAsync()).Should().Contain("Decision for case");
    }

    [Fact]
    public async Task PanelPage_SkipLink_IsFirstFocusAndVisible()
    {
        await using var context = await fixture.ContextAsync(PanelToken);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address("en"));

        await page.Keyboard.PressAsync("Tab");

        var focused = page.Locator(":focus");
        (await focused.GetAttributeAsync("href")).Should().Be("#main");
        var box = await focused.BoundingBoxAsync();
        box!.Y.Should().BeGreaterThanOrEqualTo(0, "the focused skip link moves into view");
        (await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).Should().Be("solid", "focus is visible");
    }

    [Fact]
    public async Task PanelPage_Printed_HidesNavigationAndFitsA4()
    {
        await using var context = await fixture.ContextAsync(PanelToken);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address("en"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await page.Locator("header nav").IsVisibleAsync()).Should().BeFalse("the language switch is not printed");
        (await page.Locator(".skip-link").IsVisibleAsync()).Should().BeFalse();
        var pdf = Artifacts.PathOf("panel-en.pdf");
        var bytes = await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PreferCSSPageSize = true });
        PdfCheck.ShouldBeA4(bytes);
        output.WriteLine($"pdf: {pdf}");
    }

    private static string Say(AlnDecisions.Domain.LocalisedText text, Server.Pages.PageLanguage language) =>
        language == Server.Pages.PageLanguage.Welsh ? text.Cy : text.En;

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b")]
    private static partial Regex ContractCode();

    [GeneratedRegex(@"\b(?:learner|age|aln|idp|decision)\.[a-z][A-Za-z]+")]
    private static partial Regex FactPath();
}

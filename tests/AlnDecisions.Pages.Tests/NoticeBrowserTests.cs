using System.Text.Json;
using AlnDecisions.Contract.V1;
using AuthorityNames = AlnDecisions.Domain.AuthorityNames;
using AlnDecisions.Pages.Tests.Infrastructure;
using AlnDecisions.Server.Pages.Texts;
using AlnDecisions.Server.Tests;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AlnDecisions.Pages.Tests;

/// <summary>The family's notice in Chromium: Welsh and English side by side, the rights with the rules' own time limits, A4 PDF.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoticeBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private string NoticeAddress(string? lang) => $"/panel/decisions/{fixture.Decided.DecisionId}/notice{(lang is null ? string.Empty : "?lang=" + lang)}";

    [Fact]
    public async Task Notice_WithoutLang_IsBothLanguagesSideBySideWelshFirst()
    {
        await using var context = await fixture.ContextAsync(fixture.Server.Token(BrowserFixture.Authority, "panel"));
        var page = await context.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "en-GB,en;q=0.9" });

        var response = await page.GotoAsync(NoticeAddress(null));

        response!.Status.Should().Be(200);
        (await page.GetAttributeAsync("html", "lang")).Should().Be("cy", "the family's preference is not known, so Welsh comes first");
        var articles = page.Locator("main article");
        (await articles.CountAsync()).Should().Be(2);
        (await articles.Nth(0).GetAttributeAsync("lang")).Should().BeNull("the first block is in the document's language, Welsh");
        (await articles.Nth(1).GetAttributeAsync("lang")).Should().Be("en");
        var welsh = await articles.Nth(0).BoundingBoxAsync();
        var english = await articles.Nth(1).BoundingBoxAsync();
        english!.X.Should().BeGreaterThan(welsh!.X, "side by side, Welsh on the left");
        Math.Abs(english.Y - welsh.Y).Should().BeLessThan(2);

        var cy = await articles.Nth(0).InnerTextAsync();
        var en = await articles.Nth(1).InnerTextAsync();
        var area = AuthorityNames.Of(BrowserFixture.Authority);
        cy.Should().Contain(NoticeTexts.AdvocacyHeading.Cy).And.Contain(NoticeTexts.DisagreementHeading.Cy).And.Contain(NoticeTexts.AppealHeading.Cy).And.Contain(area.Cy);
        en.Should().Contain(NoticeTexts.AdvocacyHeading.En).And.Contain(NoticeTexts.DisagreementHeading.En).And.Contain(NoticeTexts.AppealHeading.En).And.Contain(area.En);

        var (appealWeeks, extendedWeeks, ceaseWeeks) = TimeLimitsInRules();
        en.Should().Contain($"{appealWeeks} weeks").And.Contain($"{extendedWeeks} weeks").And.Contain($"within {ceaseWeeks} weeks");
        cy.Should().Contain($"{appealWeeks} wythnos").And.Contain($"{extendedWeeks} wythnos").And.Contain($"o fewn {ceaseWeeks} wythnos");

        var decided = OutcomeWords.Of(DecisionKind.Types.Value.AlnDetermination, "NO_ALN");
        cy.Should().Contain(decided.Cy, "the notice says what the person decided, not the recommendation");
        en.Should().Contain(decided.En).And.Contain(fixture.EnglishTranslation, "the English block gives the reason's translation");
        cy.Should().Contain(fixture.WelshReason);
        cy.Should().Contain(NoticeTexts.Draft.Cy, "the IDP and timescales have no decision by a person yet");

        var screenshot = Artifacts.PathOf("notice-both.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        var pdf = Artifacts.PathOf("notice-both.pdf");
        PdfCheck.ShouldBeA4(await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PreferCSSPageSize = true }));
        output.WriteLine($"screenshot: {screenshot}; pdf: {pdf}");
    }

    [Theory]
    [InlineData("cy")]
    [InlineData("en")]
    public async Task Notice_OneLanguage_IsWholeInThatLanguage(string lang)
    {
        await using var context = await fixture.ContextAsync(fixture.Server.Token(BrowserFixture.Authority, "mis"));
        var page = await context.NewPageAsync();

        await page.GotoAsync(NoticeAddress(lang));

        (await page.GetAttributeAsync("html", "lang")).Should().Be(lang);
        (await page.Locator("main article").CountAsync()).Should().Be(1);
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var (source, _) in NoticeTexts.Law)
        {
            text.Should().Contain(lang == "cy" ? source.Cy : source.En, "every provision the notice relies on is cited");
        }

        text.Should().NotContain(lang == "cy" ? NoticeTexts.YourRights.En : NoticeTexts.YourRights.Cy);
        var pdf = Artifacts.PathOf($"notice-{lang}.pdf");
        PdfCheck.ShouldBeA4(await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PreferCSSPageSize = true }));
        output.WriteLine($"pdf: {pdf}");
    }

    /// <summary>The appeal and cease-reconsideration periods as the statutory timescales rule file holds them.</summary>
    private static (int Appeal, int Extended, int Cease) TimeLimitsInRules()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "national", "statutory-timescales.json")));
        var timescales = file.RootElement.GetProperty("workflow").GetProperty("Rules").EnumerateArray()
            .Select(rule => rule.GetProperty("Properties").GetProperty("timescale")).ToArray();
        static bool Lists(JsonElement timescale, string property, string kind) =>
            timescale.TryGetProperty(property, out var events) && events.EnumerateArray().Any(e => e.GetString() == kind);
        var appeal = timescales.Single(t => Lists(t, "metBy", "APPEAL_LODGED"));
        var cease = timescales.Single(t => Lists(t, "startEvents", "CEASE_NOTICE_GIVEN") && Lists(t, "metBy", "RECONSIDERATION_REQUESTED"));
        var length = appeal.GetProperty("length").GetInt32();
        return (length, length + appeal.GetProperty("extensionLength").GetInt32(), cease.GetProperty("length").GetInt32());
    }
}

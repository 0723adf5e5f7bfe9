using AlnDecisions.Pages.Tests.Infrastructure;
using AlnDecisions.Server.Pages.Texts;
using Microsoft.Playwright;

namespace AlnDecisions.Pages.Tests;

/// <summary>The pages refuse as GetDecision does: 401 without a token, 403 for another authority or role, 404 for no such record, 400 for a bad address.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RefusalBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("/notice")]
    public async Task Page_WithoutToken_Is401AskingForSignIn(string page)
    {
        await using var context = await fixture.ContextAsync(token: null);
        var tab = await context.NewPageAsync();

        var response = await tab.GotoAsync($"/panel/decisions/{fixture.Decided.DecisionId}{page}");

        response!.Status.Should().Be(401);
        (await response.HeaderValueAsync("www-authenticate")).Should().Be("Bearer");
        var text = await tab.Locator("main").InnerTextAsync();
        text.Should().Contain(PageTexts.Unauthenticated.Cy).And.Contain(PageTexts.Unauthenticated.En);
        text.Should().NotContain(fixture.Decided.CaseReference);
    }

    [Theory]
    [InlineData("cardiff", "panel")]
    [InlineData("cardiff", "mis")]
    [InlineData("gwynedd", "policy")]
    public async Task Page_AnotherAuthorityOrRole_Is403(string authority, string role)
    {
        await using var context = await fixture.ContextAsync(fixture.Server.Token(authority, role));
        var tab = await context.NewPageAsync();

        var response = await tab.GotoAsync($"/panel/decisions/{fixture.Decided.DecisionId}?lang=en");

        response!.Status.Should().Be(403);
        var text = await tab.Locator("main").InnerTextAsync();
        text.Should().Contain(PageTexts.Forbidden.En).And.NotContain(fixture.Decided.CaseReference);
    }

    [Fact]
    public async Task Page_UnknownDecision_Is404()
    {
        await using var context = await fixture.ContextAsync(fixture.Server.Token(BrowserFixture.Authority, "panel"));
        var tab = await context.NewPageAsync();

        var response = await tab.GotoAsync("/panel/decisions/01ARZ3NDEKTSV4RRFFQ69G5FAV/notice");

        response!.Status.Should().Be(404);
        (await tab.Locator("main").InnerTextAsync()).Should().Contain(PageTexts.NotFound.Cy).And.Contain(PageTexts.NotFound.En);
    }

    [Theory]
    [InlineData("/panel/decisions/not-a-decision-id", "MalformedId")]
    [InlineData("/panel/decisions/{id}?lang=fr", "BadLanguage")]
    [InlineData("/panel/decisions/{id}/notice?lang=de", "BadLanguage")]
    [InlineData("/panel/decisions/{id}?language=en", "UnknownParameter")]
    [InlineData("/panel/decisions/{id}?lang=cy&lang=en", "UnknownParameter")]
    public async Task Page_BadAddress_Is400SayingWhat(string address, string message)
    {
        await using var context = await fixture.ContextAsync(fixture.Server.Token(BrowserFixture.Authority, "panel"));
        var tab = await context.NewPageAsync();

        var response = await tab.GotoAsync(address.Replace("{id}", fixture.Decided.DecisionId, StringComparison.Ordinal));

        response!.Status.Should().Be(400);
        var expected = (AlnDecisions.Domain.LocalisedText)typeof(PageTexts).GetProperty(message)!.GetValue(null)!;
        var start = expected.En.Split('{')[0];
        (await tab.Locator("main").InnerTextAsync()).Should().Contain(start);
    }
}

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using AlnDecisions.Pages.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AlnDecisions.Pages.Tests;

/// <summary>axe-core on every kind of page, held to WCAG 2.0, 2.1 and 2.2 A and AA: no violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [InlineData("/panel/decisions/{id}?lang=cy", "panel")]
    [InlineData("/panel/decisions/{id}?lang=en", "panel")]
    [InlineData("/panel/decisions/{id}/notice", "panel")]
    [InlineData("/panel/decisions/{id}/notice?lang=cy", "mis")]
    [InlineData("/panel/decisions/{id}/notice?lang=en", "mis")]
    [InlineData("/panel/decisions/01ARZ3NDEKTSV4RRFFQ69G5FAV", "panel")]
    [InlineData("/panel/decisions/{id}", null)]
    public async Task Page_Axe_HasNoWcag22AAViolations(string address, string? role)
    {
        await using var context = await fixture.ContextAsync(role is null ? null : fixture.Server.Token(BrowserFixture.Authority, role));
        var page = await context.NewPageAsync();
        await page.GotoAsync(address.Replace("{id}", fixture.Decided.DecisionId, StringComparison.Ordinal));

        var results = await page.RunAxe(Wcag22AA);

        foreach (var violation in results.Violations)
        {
            output.WriteLine($"{violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                output.WriteLine($"  {string.Join(" ", node.Target)}: {node.Html}");
            }
        }

        results.Violations.Select(v => v.Id).Should().BeEmpty();
        results.Passes.Should().NotBeEmpty("axe ran its rules on the page");
    }
}

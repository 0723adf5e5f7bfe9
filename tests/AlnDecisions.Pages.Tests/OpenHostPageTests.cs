using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlnDecisions.Pages.Tests.Infrastructure;
using AlnDecisions.Server.Pages.Texts;
using AlnDecisions.Server.Tests;

namespace AlnDecisions.Pages.Tests;

/// <summary>
/// The host as the README's run command starts it (authentication off, loopback only): the pages
/// open for any caller, the language follows the request, and "what would change" says when the
/// rules have changed since the decision. Its own host, because one test edits its rules.
/// </summary>
public sealed class OpenHostPageTests : IClassFixture<LoopbackServer>
{
    private readonly LoopbackServer _server;

    public OpenHostPageTests(LoopbackServer server) => _server = server;

    [Fact]
    public async Task Pages_AuthenticationOff_OpenToACallerOnLoopback()
    {
        var id = await DecideAsync("open-1");

        using var panel = await _server.Http.GetAsync($"/panel/decisions/{id}");
        using var notice = await _server.Http.GetAsync($"/panel/decisions/{id}/notice");

        panel.StatusCode.Should().Be(HttpStatusCode.OK);
        notice.StatusCode.Should().Be(HttpStatusCode.OK);
        panel.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        panel.Headers.CacheControl!.NoStore.Should().BeTrue("a page holds a child's case");
        panel.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.NotContain("script-src");
    }

    [Theory]
    [InlineData(null, "cy")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("cy-GB", "cy")]
    [InlineData("fr-FR, de;q=0.8", "cy")]
    [InlineData("cy;q=0.4, en;q=0.8", "en")]
    [InlineData("en;q=0.5, cy;q=0.9", "cy")]
    public async Task PanelPage_WithoutLang_FollowsAcceptLanguageElseWelsh(string? acceptLanguage, string expected)
    {
        var id = await DecideAsync("open-lang");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/panel/decisions/{id}");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await _server.Http.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Contain($"<html lang=\"{expected}\">");
    }

    [Fact]
    public async Task Notice_WithoutLang_IsBothWhateverTheBrowserPrefers()
    {
        var id = await DecideAsync("open-notice");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/panel/decisions/{id}/notice");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));

        using var response = await _server.Http.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<html lang=\"cy\">").And.Contain(NoticeTexts.YourRights.En).And.Contain(NoticeTexts.YourRights.Cy);
        html.IndexOf(NoticeTexts.YourRights.Cy, StringComparison.Ordinal).Should().BeLessThan(html.IndexOf(NoticeTexts.YourRights.En, StringComparison.Ordinal), "Welsh first");
    }

    [Fact]
    public async Task WhatWouldChange_RulesEditedSinceTheDecision_SaysItUsesTheRulesInForceNow()
    {
        var id = await DecideAsync("open-edited");
        (await PanelAsync(id)).Should().Contain(PageTexts.SameRules.En);

        var file = Path.Combine(_server.RulesDirectory, "national", "aln-determination.json");
        var before = await HashAsync("national.aln-determination");
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, text.Replace("\"description\": \"", "\"description\": \"Edited for a test. ", StringComparison.Ordinal));
        text.Should().Contain("\"description\": \"", "the edit changes the file's content, so its hash");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await HashAsync("national.aln-determination") == before)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the host reloads an edited rule file");
            await Task.Delay(100);
        }

        var page = await PanelAsync(id);

        page.Should().Contain(PageTexts.ChangedRules.En.Split('{')[0]).And.NotContain(PageTexts.SameRules.En);
    }

    private async Task<string> DecideAsync(string reference)
    {
        using var content = new StringContent(Requests.AlnOnlyJson(reference, "cardiff"), Encoding.UTF8, "application/json");
        using var response = await _server.Http.PostAsync("/v1/decisions:decide", content);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("decisionId").GetString()!;
    }

    private async Task<string> PanelAsync(string id)
    {
        using var response = await _server.Http.GetAsync($"/panel/decisions/{id}?lang=en");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<string> HashAsync(string ruleSetId)
    {
        using var json = JsonDocument.Parse(await _server.Http.GetStringAsync("/v1/rule-sets"));
        return json.RootElement.GetProperty("ruleSets").EnumerateArray().First(s => s.GetProperty("id").GetString() == ruleSetId).GetProperty("sha256").GetString()!;
    }
}

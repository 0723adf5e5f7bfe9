using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Tests;
using Microsoft.Playwright;

namespace AlnDecisions.Pages.Tests.Infrastructure;

/// <summary>
/// One authenticated host and one browser for every browser test, and one recorded decision they
/// all read: decided through the real gRPC port, with a person's decision recorded on it that does
/// not follow the recommendation (its reason in Welsh, with an English translation).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Authority = "gwynedd";

    private IPlaywright? _playwright;

    public PagesServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The decision every test reads, as Decide answered it.</summary>
    public DecisionResponse Decided { get; private set; } = null!;

    public string WelshReason { get; } = "Mae'r panel o'r farn bod darpariaeth gyffredinol yn ddigonol ar hyn o bryd.";

    public string EnglishTranslation { get; } = "The panel finds that universal provision is enough for now.";

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        (_playwright, Browser) = await Chromium.LaunchAsync();

        var mis = TestTokens.Bearer(Server.Token(Authority, "mis"));
        Decided = await Server.Client.DecideAsync(Requests.SchoolPupilWithAln("page-case-1", Authority), mis);
        await Server.Client.RecordOutcomeAsync(new RecordOutcomeRequest
        {
            DecisionId = Decided.DecisionId,
            Kind = DecisionKind.Types.Value.AlnDetermination,
            FinalOutcome = "NO_ALN",
            FollowsRecommendation = false,
            Reason = new HumanReason { Text = WelshReason, Language = Language.Types.Value.Welsh, Translation = EnglishTranslation },
            DeciderRole = "Cadeirydd y panel ADY",
            DecidedOn = Decided.DecisionDate,
        }, mis);
    }

    /// <summary>A browser context whose every request carries <paramref name="token"/> as a bearer token, as the proxy in front of the service adds it; none when null.</summary>
    public Task<IBrowserContext> ContextAsync(string? token) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = $"http://127.0.0.1:{Server.HttpPort}",
        ExtraHTTPHeaders = token is null ? null : new Dictionary<string, string> { ["Authorization"] = "Bearer " + token },
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

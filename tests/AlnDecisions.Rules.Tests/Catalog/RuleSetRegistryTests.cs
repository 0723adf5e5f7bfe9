using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.Catalog;

public sealed class RuleSetRegistryTests
{
    private static readonly DecisionCase AnyCase = new("case-1", "cardiff", new DateOnly(2025, 10, 1), [DecisionKind.AlnDetermination],
        new Learner(Needs: new Needs(SolelyLanguageOfHome: true)));

    private static string Answering(string outcome) => RuleFiles.RuleSet(rules: RuleFiles.ValidRule.Replace("NO_ALN", outcome, StringComparison.Ordinal));

    [Fact]
    public async Task Reload_BadEdit_KeepsLastGoodVersionServingAndShowsRejection()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", Answering("NO_ALN"));
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path);
        var good = registry.Current.RuleSets.Single();

        rules.Write("national/test.json", Answering("NO_ALN").Replace("\"cy\": \"Testun Cymraeg.\"", "\"cy\": \"\"", StringComparison.Ordinal));
        var after = await registry.ReloadAsync();

        after.RuleSets.Should().ContainSingle().Which.Should().BeSameAs(good);
        var file = after.Files.Single();
        file.LoadState.Should().Be("SERVING_PREVIOUS");
        file.RejectedEdit.Should().ContainSingle(p => p.Code == ProblemCodes.TextMissingWelsh && p.RuleName == "always-no");
    }

    [Fact]
    public async Task Reload_GoodEdit_SwapsIn()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", Answering("NO_ALN"));
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path);
        var engine = new DecisionEngine(registry, new DecisionIdGenerator(TimeProvider.System));

        rules.Write("national/test.json", Answering("HAS_ALN"));
        await registry.ReloadAsync();

        (await engine.DecideAsync(AnyCase)).Decisions.Single().Outcome.Should().Be("HAS_ALN");
        registry.Current.Files.Single().LoadState.Should().Be("SERVING");
    }

    [Fact]
    public async Task Reload_WhileDeciding_NoRequestFailsOrSeesAHalfLoadedCatalog()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", Answering("NO_ALN"));
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path);
        var engine = new DecisionEngine(registry, new DecisionIdGenerator(TimeProvider.System));
        using var stop = new CancellationTokenSource();

        var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();
        var deciders = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                outcomes.Add((await engine.DecideAsync(AnyCase)).Decisions.Single().Outcome);
            }
        })).ToArray();

        for (var i = 0; i < 20; i++)
        {
            // Alternate good versions with a broken edit; the broken one must never serve.
            rules.Write("national/test.json", i % 3 == 2 ? "{ \"id\": " : Answering(i % 2 == 0 ? "HAS_ALN" : "NO_ALN"));
            await registry.ReloadAsync();
        }

        await stop.CancelAsync();
        await Task.WhenAll(deciders);

        outcomes.Should().NotBeEmpty().And.OnlyContain(o => o == "HAS_ALN" || o == "NO_ALN");
    }

    [Fact]
    public async Task Watcher_FileEdited_ReloadsWithoutBeingAsked()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", Answering("NO_ALN"));
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path);
        var reloaded = new TaskCompletionSource<RuleSetCatalog>(TaskCreationOptions.RunContinuationsAsynchronously);
        registry.Reloaded += catalog => reloaded.TrySetResult(catalog);
        using var watcher = new RuleSetWatcher(registry, TimeSpan.FromMilliseconds(50), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        rules.Write("national/test.json", Answering("HAS_ALN"));

        var catalog = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        catalog.RuleSets.Single().Rules.Single().Outcome.Should().Be("HAS_ALN");
    }
}

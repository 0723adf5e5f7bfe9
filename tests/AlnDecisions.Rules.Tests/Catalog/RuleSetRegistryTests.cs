using AlnDecisions.Contract;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.Catalog;

public sealed class RuleSetRegistryTests
{
    private static readonly DecisionRequest AnyCase = ContractJson.Parser.Parse<DecisionRequest>("""
        { "caseReference": "case-1", "authority": "cardiff", "decisionDate": "2025-10-01", "kinds": ["ALN_DETERMINATION"], "learner": { "needs": { "solelyLanguageOfHome": true } } }
        """);

    private static string Answering(string outcome) => RuleFiles.RuleSet(rules: RuleFiles.ValidRule.Replace("NO_ALN", outcome, StringComparison.Ordinal));

    [Fact]
    public async Task Reload_BadEdit_KeepsLastGoodVersionServingAndShowsRejection()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", Answering("NO_ALN"));
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path, ContractFacts.Schema);
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
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path, ContractFacts.Schema);
        var pipeline = new DecisionPipeline(registry, TimeProvider.System);

        rules.Write("national/test.json", Answering("HAS_ALN"));
        await registry.ReloadAsync();

        (await pipeline.DecideAsync(AnyCase)).Response!.Decisions.Single().Outcome.Should().Be("HAS_ALN");
        registry.Current.Files.Single().LoadState.Should().Be("SERVING");
    }

    [Fact]
    public async Task Reload_WhileDeciding_NoRequestFailsOrSeesAHalfLoadedCatalog()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", Answering("NO_ALN"));
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path, ContractFacts.Schema);
        var pipeline = new DecisionPipeline(registry, TimeProvider.System);
        using var stop = new CancellationTokenSource();

        var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();
        var deciders = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                outcomes.Add((await pipeline.DecideAsync(AnyCase)).Response!.Decisions.Single().Outcome);
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
}

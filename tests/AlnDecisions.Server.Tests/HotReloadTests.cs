using AlnDecisions.Contract.V1;

namespace AlnDecisions.Server.Tests;

[Collection(LoopbackServerCollection.Name)]
public sealed class HotReloadTests(LoopbackServer server)
{
    [Fact]
    public async Task EditRuleFile_BadEditRejectedAndShown_LastGoodKeepsServing()
    {
        var file = Path.Combine(server.RulesDirectory, "national", "aln-determination.json");
        var original = await File.ReadAllTextAsync(file);
        try
        {
            await File.WriteAllTextAsync(file, original.Replace("\"RuleName\": \"aged-25-or-over\",", "\"RuleName\": \"aged-25-or-over\", \"Typo\": 1,", StringComparison.Ordinal));

            var listed = await Eventually(async () =>
            {
                var list = await server.Client.ListRuleSetsAsync(new ListRuleSetsRequest());
                var aln = list.RuleSets.Single(r => r.Id == "national.aln-determination");
                return aln.LoadState == "SERVING_PREVIOUS" ? aln : null;
            });

            listed.RejectedEditProblems.Should().ContainSingle(p => p.Code == "FIELD_UNKNOWN" && p.RuleName == "aged-25-or-over" && p.Line > 0);
            var decision = await server.Client.DecideAsync(new DecisionRequest
            {
                CaseReference = "during-bad-edit",
                Authority = "gwynedd",
                DecisionDate = "2025-10-01",
                Kinds = { DecisionKind.Types.Value.AlnDetermination },
                Learner = new Learner { DateOfBirth = "2016-05-04", Needs = new Needs { SolelyLanguageOfHome = true } },
            });
            decision.Decisions.Single().Outcome.Should().Be("NO_ALN");
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
            await Eventually(async () =>
            {
                var list = await server.Client.ListRuleSetsAsync(new ListRuleSetsRequest());
                return list.RuleSets.Single(r => r.Id == "national.aln-determination").LoadState == "SERVING" ? list : null;
            });
        }
    }

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the server did not pick up the rule edit within 30 s");
            }

            await Task.Delay(50);
        }
    }
}

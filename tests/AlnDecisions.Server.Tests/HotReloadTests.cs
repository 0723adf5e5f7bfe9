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

            var listed = await Eventually.ValueAsync(async () =>
            {
                var list = await server.Client.ListRuleSetsAsync(new ListRuleSetsRequest());
                var aln = list.RuleSets.Single(r => r.Id == "national.aln-determination");
                return aln.LoadState == "SERVING_PREVIOUS" ? aln : null;
            }, "the server's refusal of the rule edit");

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
            await Eventually.ValueAsync(async () =>
            {
                var list = await server.Client.ListRuleSetsAsync(new ListRuleSetsRequest());
                return list.RuleSets.Single(r => r.Id == "national.aln-determination").LoadState == "SERVING" ? list : null;
            }, "the server's reload of the restored file");
        }
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using AlnDecisions.Contract;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.RuleSets;
using CsCheck;

namespace AlnDecisions.Rules.Tests.Properties;

/// <summary>
/// Generated rule files, valid and broken, loaded the way the service loads them. Validation never
/// throws and always returns; an expression that reaches outside the facts is never accepted; an
/// accepted one never throws out of a decision; a broken edit never replaces a good file.
/// Seeded and bounded: the same cases every run, a few seconds each.
/// </summary>
public sealed class RuleFilePropertyTests
{
    private static readonly string[] ProblemCodeNames = typeof(ProblemCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();

    /// <summary>Requests the accepted expressions are decided on: every fact known, and most left unknown.</summary>
    private static readonly DecisionRequest[] Cases =
    [
        ContractJson.Parser.Parse<DecisionRequest>("""
            { "caseReference": "p-1", "authority": "cardiff", "decisionDate": "2025-10-01", "kinds": ["ALN_DETERMINATION"],
              "learner": { "dateOfBirth": "2016-05-04", "homeAuthority": "cardiff", "lookedAfter": false, "hasAln": true,
                "setting": { "kind": "SPECIAL_SCHOOL", "authority": "cardiff", "reference": "w123" },
                "needs": { "solelyLanguageOfHome": false, "significantlyGreaterDifficulty": true, "areas": ["x", "communication"] },
                "provision": { "additionalOrDifferentRequired": true, "tier": "targeted" },
                "post16": { "yearsOnProgramme": 2, "informationConsidered": ["CAREERS_SERVICE"] } } }
            """),
        ContractJson.Parser.Parse<DecisionRequest>("""{ "caseReference": "p-2", "authority": "gwynedd", "decisionDate": "2099-12-31", "kinds": ["ALN_DETERMINATION"] }"""),
        ContractJson.Parser.Parse<DecisionRequest>("""{ "caseReference": "p-3", "authority": "powys", "decisionDate": "2021-09-01", "kinds": ["ALN_DETERMINATION"], "learner": { "dateOfBirth": "1900-01-01" } }"""),
    ];

    [Fact]
    public async Task Load_GeneratedExpression_ReturnsWithCodedProblemsAndNeverLetsAHostileTokenThrough()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", RuleFiles.RuleSet());
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path, ContractFacts.Schema);
        var pipeline = new DecisionPipeline(registry, TimeProvider.System);

        await RuleFileGen.Any.CheckAsync(async generated =>
        {
            var (expression, hostile) = generated;
            rules.Write("national/test.json", RuleFiles.RuleSet(rules: RuleFileGen.RuleWith(expression)));
            var watch = Stopwatch.StartNew();
            var catalog = await registry.ReloadAsync();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "validating one rule is bounded by its length");

            var file = catalog.Files.Should().ContainSingle().Subject;
            file.RejectedEdit.Where(p => !(ProblemCodeNames.Contains(p.Code) && p.File == "national/test.json" && p.Line > 0 && p.Message.Length > 0))
                .Should().BeEmpty("every problem has a code, the file and a line");
            if (hostile is not null)
            {
                file.RejectedEdit.Should().Contain(p => p.Code == ProblemCodes.ExpressionForbidden || p.Code == ProblemCodes.ExpressionInvalid,
                    $"'{hostile}' reaches outside the facts");
            }

            if (file.RejectedEdit.Count == 0)
            {
                // Accepted: it decides every case, perhaps as an evaluation error, and never throws.
                foreach (var request in Cases)
                {
                    var decided = await pipeline.DecideAsync(request);
                    decided.IsValid.Should().BeTrue();
                    decided.Response!.Decisions.Should().ContainSingle();
                }
            }
        }, cases: 500, seed: 24, print: g => g.Expression.Length > 300 ? g.Expression[..300] + "…" : g.Expression);
    }

    [Fact]
    public async Task Reload_GeneratedEditOfAGoodFile_BrokenEditNeverServesAndThePreviousVersionDoes()
    {
        using var rules = new TempRulesDirectory();
        var good = RuleFiles.RuleSet();
        rules.Write("national/test.json", good);
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path, ContractFacts.Schema);
        var pipeline = new DecisionPipeline(registry, TimeProvider.System);
        var goodSha = registry.Current.RuleSets.Single().Sha256;
        var path = Path.Combine(rules.Path, "national", "test.json");

        await RuleFileGen.Edits.CheckAsync(async edit =>
        {
            var bytes = edit.Apply(good);
            await File.WriteAllBytesAsync(path, bytes);
            var catalog = await registry.ReloadAsync();

            var file = catalog.Files.Should().ContainSingle().Subject;
            var served = (await pipeline.DecideAsync(Cases[0])).Response!.Decisions.Single().RuleSets.Single().Sha256;
            if (file.RejectedEdit.Count > 0)
            {
                file.LoadState.Should().Be("SERVING_PREVIOUS");
                file.Serving!.Sha256.Should().Be(goodSha);
                served.Should().Be(goodSha, "a rejected edit never replaces the good version");
            }
            else
            {
                edit.CertainlyBroken.Should().BeFalse($"'{edit}' must be rejected");
                file.Serving!.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
                served.Should().Be(file.Serving.Sha256);
            }

            // Back to the good file: it serves again, and says so.
            await File.WriteAllTextAsync(path, good);
            var restored = (await registry.ReloadAsync()).Files.Single();
            restored.LoadState.Should().Be("SERVING");
            restored.Serving!.Sha256.Should().Be(goodSha);
        }, cases: 150, seed: 1209, print: e => e.What);
    }

    [Fact]
    public async Task Reload_GeneratedSecondFile_CopyOrBrokenFileNeverDisplacesTheServingOne()
    {
        using var rules = new TempRulesDirectory();
        var good = RuleFiles.RuleSet();
        rules.Write("national/test.json", good);
        using var registry = await RuleSetRegistry.LoadAsync(rules.Path, ContractFacts.Schema);
        var goodSha = registry.Current.RuleSets.Single().Sha256;
        var copy = Path.Combine(rules.Path, "national", "copy-of-test.json");

        // A copy under another name (same id and version, or overlapping dates), or a broken one.
        var second = Gen.OneOf(
            Gen.Const(new RuleFileGen.Edit("an exact copy", g => System.Text.Encoding.UTF8.GetBytes(g), true)),
            Gen.Int[2, 9].Select(v => new RuleFileGen.Edit($"a copy as version {v}", g => System.Text.Encoding.UTF8.GetBytes(g.Replace("\"version\": \"1\"", $"\"version\": \"{v}\"", StringComparison.Ordinal)), true)),
            RuleFileGen.Edits.Where(e => e.CertainlyBroken));

        await second.CheckAsync(async edit =>
        {
            await File.WriteAllBytesAsync(copy, edit.Apply(good));
            var catalog = await registry.ReloadAsync();

            catalog.RuleSets.Should().ContainSingle().Which.Sha256.Should().Be(goodSha);
            catalog.Files.Single(f => f.File == "national/test.json").LoadState.Should().Be("SERVING");
            var rejected = catalog.Files.Single(f => f.File == "national/copy-of-test.json");
            rejected.LoadState.Should().Be("REJECTED");
            rejected.RejectedEdit.Should().NotBeEmpty();

            File.Delete(copy);
            (await registry.ReloadAsync()).Problems.Should().BeEmpty();
        }, cases: 60, seed: 1210, print: e => e.What);
    }
}

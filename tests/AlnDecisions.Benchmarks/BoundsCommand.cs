using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using AlnDecisions.Contract;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Expressions;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Benchmarks;

/// <summary>
/// <c>-- bounds</c>: the worst a rules directory can do within the limits. Every one of the 22
/// authorities gets an IDP principles file with as many rules as fit in one file
/// (<see cref="RuleSetParser.MaxFileBytes"/>; at most <see cref="WorkflowReader.MaxRules"/>), each
/// expression of the longest allowed length (<see cref="RulesEngineAdapter.MaxExpressionLength"/>)
/// and reading as many different facts as it can, so each is probed for unknown facts and checked
/// against the statutory rules at load as hard as it can be. Prints validate (cold load), reload
/// and the slowest Decide with every fact unknown.
/// </summary>
internal static class BoundsCommand
{
    private static readonly string[] Facts =
    [
        "learner.needs.rareConditionRequiringSpecialistSupport", "learner.provision.externalSpecialistAdviceBeyondSchool", "learner.provision.equipmentBeyondSchool",
        "learner.provision.intensiveSupportBeyondSchool", "learner.provision.welshMediumRequested", "learner.dualRegistered", "learner.needs.arisesFromMedicalCondition",
        "learner.provision.reasonableAdjustmentsConsidered", "learner.setting.welshMedium",
    ];

    public static async Task<int> RunAsync(TextWriter output)
    {
        var rules = Path.Combine(BenchmarkCases.RepositoryRoot, "rules");
        var directory = Generate(rules, out var rulesPerFile, out var expressionLength);
        try
        {
            var watch = Stopwatch.StartNew();
            using var registry = await RuleSetRegistry.LoadAsync(directory, ContractFacts.Schema);
            var cold = watch.Elapsed;
            var problems = registry.Current.Problems.ToArray();
            watch.Restart();
            await registry.ReloadAsync();
            var reload = watch.Elapsed;
            var total = registry.Current.RuleSets.Sum(set => set.Rules.Count);

            var pipeline = new DecisionPipeline(registry, TimeProvider.System);
            var worst = TimeSpan.Zero;
            foreach (var authority in Authorities.Welsh.Take(6))
            {
                // Every fact unknown except the ones that route the case to the authorities' principles.
                var request = ContractJson.Parser.Parse<DecisionRequest>($$"""
                    { "caseReference": "bounds", "authority": "{{authority}}", "decisionDate": "2025-10-01", "kinds": ["IDP_RESPONSIBILITY", "CROSS_BORDER"],
                      "learner": { "dateOfBirth": "2016-05-04", "hasAln": true, "homeAuthority": "{{authority}}", "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "cardiff" } } }
                    """);
                watch.Restart();
                var result = await pipeline.DecideAsync(request);
                worst = watch.Elapsed > worst ? watch.Elapsed : worst;
                if (!result.IsValid)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Violations));
                }
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"bounds: 22 authority files x {rulesPerFile} rules x {expressionLength}-character expressions ({total} rules serving, {problems.Length} problems: {string.Join(", ", problems.Select(p => p.Code).Distinct())})"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"bounds: validate (cold load) {cold.TotalSeconds:F1} s; reload {reload.TotalSeconds:F1} s; slowest Decide (IDP + cross-border, facts unknown) {worst.TotalMilliseconds:F0} ms"));
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Generate(string rules, out int rulesPerFile, out int expressionLength)
    {
        var target = Path.Combine(Path.GetTempPath(), "aln-bounds-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(rules, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var expression = LongestExpression();
        expressionLength = expression.Length;
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(rules, "authorities", "carmarthenshire", "idp-responsibility.json")))!;
        var rule = template["workflow"]!["Rules"]![1]!;
        var last = template["workflow"]!["Rules"]!.AsArray()[^1]!;

        // As many rules as fit in one file, and never more than a file may hold.
        var count = WorkflowReader.MaxRules;
        string text;
        while (true)
        {
            text = Build(template, rule, last, expression, count, "carmarthenshire");
            if (System.Text.Encoding.UTF8.GetByteCount(text) <= RuleSetParser.MaxFileBytes)
            {
                break;
            }

            count -= 5;
        }

        rulesPerFile = count;
        foreach (var authority in Authorities.Welsh)
        {
            File.WriteAllText(Path.Combine(target, "authorities", authority, "idp-responsibility.json"), Build(template, rule, last, expression, count, authority));
        }

        return target;
    }

    private static string Build(JsonNode template, JsonNode rule, JsonNode last, string expression, int count, string authority)
    {
        var file = template.DeepClone();
        file["id"] = $"{authority}.idp-responsibility";
        file["authority"] = authority;
        var list = new JsonArray();
        for (var i = 0; i < count - 1; i++)
        {
            var copy = rule.DeepClone();
            copy["RuleName"] = $"bound-{i}";
            // Each rule different (its own literal), so nothing is shared between them.
            copy["Expression"] = expression[..^4] + (i % 900).ToString("D3", CultureInfo.InvariantCulture) + "\"";
            list.Add(copy);
        }

        list.Add(last.DeepClone());
        file["workflow"]!["Rules"] = list;
        return file.ToJsonString();
    }

    /// <summary>A 2000-character expression over as many facts as it can name, padded with a text literal.</summary>
    private static string LongestExpression()
    {
        var parts = new List<string>();
        var length = 0;
        for (var i = 0; ; i++)
        {
            var part = $"{Facts[i % Facts.Length]} == {(i % 2 == 0 ? "true" : "false")}";
            if (length + part.Length + 4 + 30 > RulesEngineAdapter.MaxExpressionLength)
            {
                break;
            }

            parts.Add(part);
            length += part.Length + 4;
        }

        var body = string.Join(" && ", parts) + " && learner.provision.tier != \"";
        return body + new string('t', RulesEngineAdapter.MaxExpressionLength - body.Length - 1) + "\"";
    }
}

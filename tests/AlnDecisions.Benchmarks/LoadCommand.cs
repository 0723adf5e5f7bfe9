using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Benchmarks;

/// <summary>
/// <c>-- load</c>: cold load and reload of rules/ as it is, and of rules/ with every one of the 22
/// authorities given published principles (22 authority rule sets) and then ten dated versions
/// each (220), to show how load time grows with the number of rule sets.
/// </summary>
internal static partial class LoadCommand
{
    public static async Task<int> RunAsync(TextWriter output)
    {
        var rules = Path.Combine(BenchmarkCases.RepositoryRoot, "rules");
        await Measure(output, "rules/ as it is", rules);
        foreach (var versions in new[] { 1, 10 })
        {
            var generated = Generate(rules, versions);
            try
            {
                await Measure(output, $"{22 * versions} generated authority rule sets", generated);
            }
            finally
            {
                Directory.Delete(generated, recursive: true);
            }
        }

        return 0;
    }

    private static async Task Measure(TextWriter output, string what, string directory)
    {
        var watch = Stopwatch.StartNew();
        using var registry = await RuleSetRegistry.LoadAsync(directory, ContractFacts.Schema);
        var cold = watch.Elapsed.TotalMilliseconds;
        var problems = registry.Current.Problems.Count();
        var reloads = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            watch.Restart();
            await registry.ReloadAsync();
            reloads.Add(watch.Elapsed.TotalMilliseconds);
        }

        reloads.Sort();
        var rules = registry.Current.RuleSets.Sum(set => set.Rules.Count);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"load {what}: {registry.Current.RuleSets.Count} rule-set versions, {rules} rules, {problems} problems; cold load {cold:F0} ms; reload median {reloads[3]:F0} ms (min {reloads[0]:F0}, max {reloads[^1]:F0}); {reloads[3] / Math.Max(rules, 1) * 1000:F0} µs per rule"));
    }

    /// <summary>
    /// A copy of rules/ where every authority's IDP file holds Carmarthenshire's published principles,
    /// in <paramref name="versions"/> consecutive dated versions.
    /// </summary>
    private static string Generate(string rules, int versions)
    {
        var target = Path.Combine(Path.GetTempPath(), "aln-load-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(rules, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var template = File.ReadAllText(Path.Combine(rules, "authorities", "carmarthenshire", "idp-responsibility.json"));
        foreach (var authority in Authorities.Welsh)
        {
            var folder = Path.Combine(target, "authorities", authority);
            File.Delete(Path.Combine(folder, "idp-responsibility.json"));
            for (var v = 0; v < versions; v++)
            {
                var from = new DateOnly(2021, 9, 1).AddYears(v);
                var to = v == versions - 1 ? "null" : $"\"{from.AddYears(1).AddDays(-1):yyyy-MM-dd}\"";
                var text = Authority().Replace(template, $"\"authority\": \"{authority}\"");
                text = Id().Replace(text, $"\"id\": \"{authority}.idp-responsibility\"");
                text = Version().Replace(text, $"\"version\": \"{from:yyyy-MM-dd}\"");
                text = From().Replace(text, $"\"effectiveFrom\": \"{from:yyyy-MM-dd}\"");
                text = To().Replace(text, $"\"effectiveTo\": {to}");
                File.WriteAllText(Path.Combine(folder, $"idp-responsibility-{from:yyyy-MM-dd}.json"), text);
            }
        }

        return target;
    }

    [GeneratedRegex("\"authority\": \"carmarthenshire\"")]
    private static partial Regex Authority();

    [GeneratedRegex("\"id\": \"[^\"]+\"")]
    private static partial Regex Id();

    [GeneratedRegex("\"version\": \"[^\"]+\"")]
    private static partial Regex Version();

    [GeneratedRegex("\"effectiveFrom\": \"[^\"]+\"")]
    private static partial Regex From();

    [GeneratedRegex("\"effectiveTo\": (null|\"[^\"]+\")")]
    private static partial Regex To();
}

using System.Text.RegularExpressions;
using AlnDecisions.Specs.Bindings;
using Gherkin;
using Gherkin.Ast;

namespace AlnDecisions.Specs.Runner;

/// <summary>
/// Reads every <c>*.feature</c> file under a directory into runnable cases, with Cucumber's own
/// Gherkin parser. Scenario Outlines become one case per example row.
/// </summary>
public static partial class FeatureReader
{
    /// <summary>Every scenario under <paramref name="featuresDirectory"/>, in file then line order.</summary>
    public static IReadOnlyList<ScenarioCase> ReadAll(string featuresDirectory)
    {
        var root = Path.GetFullPath(featuresDirectory);
        return Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Read(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToArray();
    }

    /// <summary>The scenarios in one feature file's <paramref name="text"/>.</summary>
    public static IReadOnlyList<ScenarioCase> Read(string file, string text)
    {
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException ex)
        {
            return [Broken(file, string.Join(Environment.NewLine, ex.Errors.Select(e => e.Message)))];
        }
        catch (ParserException ex)
        {
            return [Broken(file, ex.Message)];
        }

        if (document.Feature is null)
        {
            return [];
        }

        var cases = new List<ScenarioCase>();
        var featureTags = document.Feature.Tags.Select(t => t.Name).ToArray();
        Collect(file, document.Feature.Name, document.Feature.Children, featureTags, [], cases);
        return cases;
    }

    private static void Collect(string file, string feature, IEnumerable<IHasLocation> children, string[] tags, IReadOnlyList<ScenarioStep> background, List<ScenarioCase> cases)
    {
        var backgroundSteps = background.ToList();
        foreach (var child in children)
        {
            switch (child)
            {
                case Background b:
                    backgroundSteps.AddRange(Steps(b.Steps, null));
                    break;
                case Gherkin.Ast.Rule rule:
                    Collect(file, feature, rule.Children, [.. tags, .. rule.Tags.Select(t => t.Name)], backgroundSteps, cases);
                    break;
                case Scenario scenario:
                    AddScenario(file, feature, scenario, tags, backgroundSteps, cases);
                    break;
            }
        }
    }

    private static void AddScenario(string file, string feature, Scenario scenario, string[] tags, List<ScenarioStep> background, List<ScenarioCase> cases)
    {
        var scenarioTags = tags.Concat(scenario.Tags.Select(t => t.Name)).ToArray();
        var examples = scenario.Examples.ToArray();
        if (examples.Length == 0)
        {
            cases.Add(new ScenarioCase($"{file}:{scenario.Location.Line} {scenario.Name}", feature, scenario.Name, file, scenario.Location.Line,
                scenarioTags, [.. background, .. Steps(scenario.Steps, null)]));
            return;
        }

        foreach (var example in examples)
        {
            if (example.TableHeader is null)
            {
                continue;
            }

            var header = example.TableHeader.Cells.Select(c => c.Value).ToArray();
            var row = 0;
            foreach (var body in example.TableBody)
            {
                row++;
                var values = header.Zip(body.Cells.Select(c => c.Value)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                var name = Substitute(scenario.Name, values);
                cases.Add(new ScenarioCase($"{file}:{body.Location.Line} {name} [row {row}]", feature, name, file, body.Location.Line,
                    [.. scenarioTags, .. example.Tags.Select(t => t.Name)], [.. background, .. Steps(scenario.Steps, values)]));
            }
        }
    }

    private static IEnumerable<ScenarioStep> Steps(IEnumerable<Step> steps, IReadOnlyDictionary<string, string>? values)
    {
        var keyword = "Given";
        foreach (var step in steps)
        {
            keyword = step.KeywordType switch
            {
                StepKeywordType.Context => "Given",
                StepKeywordType.Action => "When",
                StepKeywordType.Outcome => "Then",
                _ => keyword,
            };
            Bindings.Table? table = null;
            string? docString = null;
            if (step.DataTable is { } data)
            {
                var rows = data.Rows.Select(r => r.Cells.Select(c => Substitute(c.Value, values)).ToArray()).ToArray();
                table = new Bindings.Table(rows[0], rows.Skip(1).ToArray());
            }

            if (step.DocString is { } doc)
            {
                docString = Substitute(doc.Content, values);
            }

            yield return new ScenarioStep(keyword, Substitute(step.Text, values), step.Location.Line, table, docString);
        }
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string>? values) =>
        values is null ? text : Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    private static ScenarioCase Broken(string file, string message) =>
        new($"{file}:1 (does not parse)", file, "(does not parse)", file, 1, [], [], message);

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Placeholder();
}

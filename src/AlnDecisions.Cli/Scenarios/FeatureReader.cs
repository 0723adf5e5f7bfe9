using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.Ast;
using TechTalk.SpecFlow.Bindings;

namespace AlnDecisions.Cli.Scenarios;

/// <summary>
/// Reads every <c>*.feature</c> file under a directory into runnable cases, with the Gherkin parser
/// SpecFlow's generator uses (so both accept the same files and dialects, <c># language: cy-GB</c>
/// included). Scenario Outlines become one case per example row.
/// </summary>
public static partial class FeatureReader
{
    private static readonly GherkinDialectProvider Dialects = new();

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

        var dialect = Dialects.GetDialect(document.Feature.Language, document.Feature.Location);
        var reader = new DocumentReader(file, document.Feature.Name, dialect);
        reader.Collect(document.Feature.Children, document.Feature.Tags.Select(t => t.Name).ToArray(), []);
        return reader.Cases;
    }

    private static ScenarioCase Broken(string file, string message) =>
        new($"{file}:1 (does not parse)", file, "(does not parse)", file, 1, [], [], message);

    private static string Substitute(string text, IReadOnlyDictionary<string, string>? values) =>
        values is null ? text : Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Placeholder();

    private sealed class DocumentReader(string file, string feature, GherkinDialect dialect)
    {
        public List<ScenarioCase> Cases { get; } = [];

        public void Collect(IEnumerable<IHasLocation> children, string[] tags, IReadOnlyList<ScenarioStep> background)
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
                        Collect(rule.Children, [.. tags, .. rule.Tags.Select(t => t.Name)], backgroundSteps);
                        break;
                    case Scenario scenario:
                        AddScenario(scenario, tags, backgroundSteps);
                        break;
                }
            }
        }

        private void AddScenario(Scenario scenario, string[] tags, List<ScenarioStep> background)
        {
            var scenarioTags = tags.Concat(scenario.Tags.Select(t => t.Name)).ToArray();
            var examples = scenario.Examples.ToArray();
            if (examples.Length == 0)
            {
                Cases.Add(new ScenarioCase($"{file}:{scenario.Location.Line} {scenario.Name}", feature, scenario.Name, file, scenario.Location.Line,
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
                    Cases.Add(new ScenarioCase($"{file}:{body.Location.Line} {name} [row {row}]", feature, name, file, body.Location.Line,
                        [.. scenarioTags, .. example.Tags.Select(t => t.Name)], [.. background, .. Steps(scenario.Steps, values)]));
                }
            }
        }

        private IEnumerable<ScenarioStep> Steps(IEnumerable<Step> steps, IReadOnlyDictionary<string, string>? values)
        {
            var kind = StepDefinitionType.Given;
            foreach (var step in steps)
            {
                kind = KindOf(step.Keyword) ?? kind;
                TechTalk.SpecFlow.Table? table = null;
                string? docString = null;
                if (step.Argument is DataTable data)
                {
                    var rows = data.Rows.Select(r => r.Cells.Select(c => Substitute(c.Value, values)).ToArray()).ToArray();
                    table = new TechTalk.SpecFlow.Table(rows[0]);
                    foreach (var cells in rows.Skip(1))
                    {
                        table.AddRow(cells);
                    }
                }

                if (step.Argument is DocString doc)
                {
                    docString = Substitute(doc.Content, values);
                }

                yield return new ScenarioStep(kind, step.Keyword.Trim(), Substitute(step.Text, values), step.Location.Line, table, docString);
            }
        }

        // And, But and "*" continue the kind before them; "*" is listed under every kind, so it is checked first.
        private StepDefinitionType? KindOf(string keyword) =>
            dialect.AndStepKeywords.Contains(keyword) || dialect.ButStepKeywords.Contains(keyword) ? null
            : dialect.GivenStepKeywords.Contains(keyword) ? StepDefinitionType.Given
            : dialect.WhenStepKeywords.Contains(keyword) ? StepDefinitionType.When
            : dialect.ThenStepKeywords.Contains(keyword) ? StepDefinitionType.Then
            : null;
    }
}

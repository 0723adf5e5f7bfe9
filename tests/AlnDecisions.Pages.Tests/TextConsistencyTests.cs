using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlnDecisions.Contract;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Server.Pages.Texts;
using AlnDecisions.Server.Tests;
using Outcome = AlnDecisions.Domain.Outcome;
using Words = AlnDecisions.Domain.LocalisedText;

namespace AlnDecisions.Pages.Tests;

/// <summary>
/// Every text a page shows is declared once, in Welsh and in English, for everything it names:
/// each fact of the contract (walked from ContractFacts, which the proto declares), each coded
/// value, each outcome any rule file gives, each contract enum value the pages show.
/// </summary>
public sealed partial class TextConsistencyTests
{
    [Fact]
    public void FactWords_EveryContractFact_HasWelshAndEnglish()
    {
        var missing = new List<string>();
        foreach (var fact in ContractFacts.Schema.Facts)
        {
            CheckLabel(FactWords.Labels, fact.Path, missing);
            foreach (var inRecord in fact.Records?.Facts ?? [])
            {
                CheckLabel(FactWords.RecordLabels, inRecord.Path, missing);
            }
        }

        foreach (var derived in FactWords.DerivedFacts)
        {
            CheckLabel(FactWords.Labels, derived, missing);
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void FactWords_EveryLabel_IsOfAFactThatExists()
    {
        var facts = ContractFacts.Schema.Facts.Select(f => f.Path).Concat(FactWords.DerivedFacts).ToHashSet(StringComparer.Ordinal);
        FactWords.Labels.Keys.Where(path => !facts.Contains(path)).Should().BeEmpty("a label for no fact is a fact renamed or removed");
        var recordFacts = ContractFacts.Schema.Facts.SelectMany(f => f.Records?.Facts ?? []).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        FactWords.RecordLabels.Keys.Where(path => !recordFacts.Contains(path)).Should().BeEmpty();
    }

    [Fact]
    public void FactWords_EveryCodedValue_HasWelshAndEnglish()
    {
        var missing = new List<string>();
        foreach (var fact in ContractFacts.Schema.Facts)
        {
            CheckChoices(fact.Path, fact, missing);
            foreach (var inRecord in fact.Records?.Facts ?? [])
            {
                CheckChoices($"{fact.Path}.{inRecord.Path}", inRecord, missing);
            }
        }

        foreach (var code in new[] { "HAS_ALN", "NO_ALN", "NOT_DECIDED" })
        {
            FactWords.Value("aln.status", code).Cy.Should().NotBe(code);
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void FactWords_EveryFactARuleFileReads_IsNamed()
    {
        var named = FactWords.Labels.Keys.ToHashSet(StringComparer.Ordinal);
        var unnamed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in RuleFiles())
        {
            foreach (Match reference in FactReference().Matches(File.ReadAllText(file)))
            {
                // The longest prefix that is a fact: "learner.needs.areas.Count" reads learner.needs.areas.
                var parts = reference.Value.Split('.');
                var found = Enumerable.Range(2, parts.Length - 1).Reverse().Select(n => string.Join('.', parts.Take(n))).FirstOrDefault(named.Contains);
                if (found is null)
                {
                    unnamed.Add($"{Path.GetRelativePath(RepositoryPaths.Rules, file)}: {reference.Value}");
                }
            }
        }

        unnamed.Should().BeEmpty();
    }

    [Fact]
    public async Task OutcomeWords_EveryOutcomeOfEveryRuleFile_HasWelshAndEnglish()
    {
        var pipeline = await DecisionPipeline.LoadAsync(RepositoryPaths.Rules);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var set in pipeline.Registry.Current.RuleSets)
        {
            var kind = Kind(set.Kind);
            foreach (var rule in set.Rules.Where(rule => !OutcomeWords.Names(kind, rule.Outcome.Code)))
            {
                missing.Add($"{set.Id}: {rule.Outcome.Code}");
            }
        }

        foreach (var kind in Enum.GetValues<DecisionKind.Types.Value>().Where(k => k != DecisionKind.Types.Value.DecisionKindUnspecified))
        {
            OutcomeWords.Questions.Should().ContainKey(kind);
            foreach (var engine in Outcome.EngineOutcomes)
            {
                OutcomeWords.Names(kind, engine.Code).Should().BeTrue();
            }
        }

        missing.Should().BeEmpty();
        var all = OutcomeWords.ByKind.Values.SelectMany(codes => codes.Values).Concat(OutcomeWords.Engine.Values).Concat(OutcomeWords.Questions.Values);
        all.Should().OnlyContain(words => Whole(words));
    }

    [Fact]
    public void ContractWords_EveryValueOfEveryEnumShown_HasWelshAndEnglish()
    {
        foreach (var (type, values) in ContractWords.Enums)
        {
            foreach (var value in Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).Where(v => v != 0))
            {
                values.Should().ContainKey(value, $"{type.DeclaringType?.DeclaringType?.Name}.{Enum.GetName(type, value)} needs words");
                Whole(values[value]).Should().BeTrue();
            }
        }
    }

    [Fact]
    public void ContractWords_EveryFurtherAnswerAndRecoupmentCode_HasWords()
    {
        // The further answers are Decision's fields between the layer and the deadlines (6 to 12).
        var fields = Decision.Descriptor.Fields.InFieldNumberOrder().Where(f => f.FieldNumber is >= 6 and <= 12).Select(f => f.JsonName);
        ContractWords.Fields.Keys.Should().BeEquivalentTo(fields);
        ContractWords.Fields.Values.Should().OnlyContain(words => Whole(words));

        var codes = RuleFiles().SelectMany(file => RecoupmentCode().Matches(File.ReadAllText(file)).Select(m => m.Groups["code"].Value)).ToHashSet(StringComparer.Ordinal);
        codes.Should().NotBeEmpty();
        codes.Where(code => !ContractWords.Recoupment.ContainsKey(code)).Should().BeEmpty();
        ContractWords.Confidence.Keys.Should().BeEquivalentTo(["P", "S", "U"]);
    }

    [Theory]
    [InlineData(typeof(PageTexts))]
    [InlineData(typeof(NoticeTexts))]
    public void PageTexts_EveryText_IsWholeInBothLanguagesWithTheSamePlaceholders(Type declaring)
    {
        var texts = declaring.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Words))
            .Select(p => (p.Name, Text: (Words)p.GetValue(null)!))
            .ToArray();
        texts.Should().NotBeEmpty();
        foreach (var (name, text) in texts)
        {
            Whole(text).Should().BeTrue($"{declaring.Name}.{name} needs Welsh and English");
            Placeholders(text.Cy).Should().BeEquivalentTo(Placeholders(text.En), $"{declaring.Name}.{name} fills the same names in both languages");
        }
    }

    [Fact]
    public void NoticeTexts_TheLaw_IsCitedInBothLanguagesWithAConfidence()
    {
        NoticeTexts.Law.Should().NotBeEmpty();
        foreach (var (source, confidence) in NoticeTexts.Law)
        {
            Whole(source).Should().BeTrue();
            confidence.Should().BeOneOf("P", "S", "U");
        }

        NoticeTexts.Law.Select(l => l.Source.En).Should().Contain(s => s.Contains("s.69", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("s.68", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("s.70", StringComparison.Ordinal))
            .And.Contain(s => s.Contains("reg 10", StringComparison.Ordinal));
    }

    private static void CheckLabel(System.Collections.Frozen.FrozenDictionary<string, Words> labels, string path, List<string> missing)
    {
        if (!labels.TryGetValue(path, out var label) || !Whole(label))
        {
            missing.Add(path);
        }
    }

    private static void CheckChoices(string path, FactDefinition fact, List<string> missing)
    {
        foreach (var choice in fact.Choices)
        {
            if (!FactWords.Choices.TryGetValue(path, out var codes) || !codes.TryGetValue(choice, out var words) || !Whole(words))
            {
                missing.Add($"{path}={choice}");
            }
        }
    }

    private static bool Whole(Words text) => !string.IsNullOrWhiteSpace(text.En) && !string.IsNullOrWhiteSpace(text.Cy);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static DecisionKind.Types.Value Kind(Domain.DecisionKind kind) =>
        (DecisionKind.Types.Value)DecisionKind.Descriptor.EnumTypes[0].FindValueByName(Domain.UpperSnakeCase.From(kind)).Number;

    private static IEnumerable<string> RuleFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Rules, "*.json", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?:learner|age|aln|idp|decision)\.[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*")]
    private static partial Regex FactReference();

    [GeneratedRegex(@"""recoupment""\s*:\s*""(?<code>[A-Z_]+)""")]
    private static partial Regex RecoupmentCode();
}

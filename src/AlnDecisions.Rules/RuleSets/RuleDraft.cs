using AlnDecisions.Domain;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>A rule as read from its file, before the checks that need its rule set's kind.</summary>
internal sealed record RuleDraft(
    string Name,
    string Expression,
    SourcePosition ExpressionAt,
    string? Outcome,
    JToken OutcomeAt,
    IReadOnlyList<Citation> Citations,
    LocalisedText? Text,
    IReadOnlyList<LocalisedText> NextSteps,
    IReadOnlyList<(string Fact, JToken At)> MissingFacts,
    JObject? FieldsJson,
    JObject? TimescaleJson,
    JObject Json,
    int Line,
    IReadOnlyList<string> Considers);

using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>A rule set's envelope as read from its file: what it says it is, before it is checked.</summary>
internal sealed record Envelope(
    JObject Json,
    string? Id,
    string? Kind,
    string? Authority,
    string? Layer,
    string? Version,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string? Status,
    RuleSetSource? Source,
    JObject? Parameters,
    JArray? Signposting,
    JObject? Workflow);

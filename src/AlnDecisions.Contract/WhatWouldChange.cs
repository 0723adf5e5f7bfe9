using AlnDecisions.Contract.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace AlnDecisions.Contract;

/// <summary>
/// What would change the outcome: from a response's reasons (the facts each rule read, by JSON
/// name, every rule's, as a full response gives them), re-decides the request with other values of
/// those facts and reports the smallest sets of facts (one, then two) whose different values give
/// a different outcome, per decision kind.
/// </summary>
/// <remarks>
/// Works at the edge only: the facts are found in the reasons, their possible values in the proto
/// descriptors (a bool is true, false or unknown; an enum any of its values, its zero value being
/// unknown), and every re-decision goes through <see cref="DecisionPipeline.DecideAsync"/>, so it
/// needs nothing from the engine's internals. Text, number and date facts cannot be enumerated and
/// are not tried. The search is bounded: at most <see cref="MaxFacts"/> facts per kind (those of
/// the deciding rule first) and <see cref="MaxDecisions"/> re-decisions per kind.
/// </remarks>
public sealed class WhatWouldChange(DecisionPipeline pipeline)
{
    /// <summary>The most facts tried per kind.</summary>
    public const int MaxFacts = 16;

    /// <summary>The most re-decisions per kind (single facts and pairs together).</summary>
    public const int MaxDecisions = 600;

    private const string Unknown = "unknown";

    /// <summary>For every decision in <paramref name="response"/> (the answer to <paramref name="request"/>), the smallest changes of facts that change its outcome.</summary>
    public async Task<IReadOnlyList<OutcomeChanges>> FindAsync(DecisionRequest request, DecisionResponse response, CancellationToken cancellationToken = default)
    {
        var results = new List<OutcomeChanges>();
        foreach (var decision in response.Decisions)
        {
            results.Add(await ForKindAsync(request, response.DecisionDate, decision, cancellationToken));
        }

        return results;
    }

    private async Task<OutcomeChanges> ForKindAsync(DecisionRequest request, string decisionDate, Decision decision, CancellationToken cancellationToken)
    {
        var basis = request.Clone();
        basis.Kinds.Clear();
        basis.Kinds.Add(decision.Kind);
        if (basis.DecisionDate.Length == 0)
        {
            basis.DecisionDate = decisionDate;
        }

        var facts = FactsRead(decision)
            .Select(path => TryFact.Resolve(basis, path))
            .OfType<TryFact>()
            .Take(MaxFacts + 1)
            .ToArray();
        var bounded = facts.Length > MaxFacts;
        facts = facts.Take(MaxFacts).ToArray();

        var decisions = 0;
        var changes = new List<OutcomeChange>();
        var single = new HashSet<(string Fact, string Value)>();

        async Task<string?> OutcomeWith(params (TryFact Fact, string Value)[] tried)
        {
            var changed = basis.Clone();
            foreach (var (fact, value) in tried)
            {
                fact.Set(changed, value);
            }

            decisions++;
            var result = await pipeline.DecideAsync(changed, cancellationToken);
            return result.Response?.Decisions.FirstOrDefault(d => d.Kind == decision.Kind)?.Outcome;
        }

        foreach (var fact in facts)
        {
            foreach (var value in fact.Alternatives)
            {
                if (decisions >= MaxDecisions)
                {
                    return new OutcomeChanges(decision.Kind, decision.Outcome, changes, facts.Select(f => f.Path).ToArray(), decisions, true);
                }

                if (await OutcomeWith((fact, value)) is { } outcome && outcome != decision.Outcome)
                {
                    single.Add((fact.Path, value));
                    changes.Add(new OutcomeChange(decision.Kind, [new FactChange(fact.Path, fact.Current, value)], outcome));
                }
            }
        }

        for (var i = 0; i < facts.Length; i++)
        {
            for (var j = i + 1; j < facts.Length; j++)
            {
                foreach (var a in facts[i].Alternatives)
                {
                    foreach (var b in facts[j].Alternatives)
                    {
                        // A pair is reported only when neither of its changes is enough alone.
                        if (single.Contains((facts[i].Path, a)) || single.Contains((facts[j].Path, b)))
                        {
                            continue;
                        }

                        if (decisions >= MaxDecisions)
                        {
                            return new OutcomeChanges(decision.Kind, decision.Outcome, changes, facts.Select(f => f.Path).ToArray(), decisions, true);
                        }

                        if (await OutcomeWith((facts[i], a), (facts[j], b)) is { } outcome && outcome != decision.Outcome)
                        {
                            changes.Add(new OutcomeChange(decision.Kind,
                                [new FactChange(facts[i].Path, facts[i].Current, a), new FactChange(facts[j].Path, facts[j].Current, b)], outcome));
                        }
                    }
                }
            }
        }

        return new OutcomeChanges(decision.Kind, decision.Outcome, changes, facts.Select(f => f.Path).ToArray(), decisions, bounded);
    }

    // The deciding rule's facts first (the likeliest to matter; the bound keeps them), then those of
    // the rules evaluated before it, then those of the rules after it, which a full response lists
    // too: a change that makes the deciding rule fail hands the case to them.
    private static IEnumerable<string> FactsRead(Decision decision)
    {
        var explanation = decision.Explanation;
        var reasons = explanation?.Reasons ?? [];
        return reasons.Where(r => r.RuleId == explanation!.DecidingRule)
            .Concat(reasons.Where(r => r.RuleId != explanation!.DecidingRule && r.Result != RuleResult.Types.Value.NotApplicable))
            .Concat(reasons.Where(r => r.RuleId != explanation!.DecidingRule && r.Result == RuleResult.Types.Value.NotApplicable))
            .SelectMany(r => r.Facts)
            .Select(f => f.Fact)
            .Concat(explanation?.MissingFacts ?? [])
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>A request field, found by its JSON path in the descriptors, that can take a known set of values.</summary>
    private sealed class TryFact
    {
        private readonly FieldDescriptor[] _route;

        private TryFact(string path, FieldDescriptor[] route, string current, IReadOnlyList<string> alternatives)
        {
            Path = path;
            _route = route;
            Current = current;
            Alternatives = alternatives;
        }

        public string Path { get; }

        public string Current { get; }

        public IReadOnlyList<string> Alternatives { get; }

        private FieldDescriptor Leaf => _route[^1];

        public static TryFact? Resolve(DecisionRequest request, string path)
        {
            var route = new List<FieldDescriptor>();
            var descriptor = DecisionRequest.Descriptor;
            IMessage? message = request;
            foreach (var name in path.Split('.'))
            {
                var field = descriptor?.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);
                if (field is null || field.IsRepeated || field.IsMap)
                {
                    return null;
                }

                route.Add(field);
                if (field.FieldType == FieldType.Message)
                {
                    descriptor = field.MessageType;
                    message = message is null ? null : field.Accessor.GetValue(message) as IMessage;
                }
                else
                {
                    descriptor = null;
                }
            }

            var leaf = route[^1];
            IReadOnlyList<string> values;
            if (leaf.FieldType == FieldType.Bool && leaf.HasPresence)
            {
                values = ["true", "false", Unknown];
            }
            else if (leaf.FieldType == FieldType.Enum)
            {
                values = leaf.EnumType.Values.Select(v => v.Number == 0 ? Unknown : v.Name).ToArray();
            }
            else
            {
                return null;
            }

            var current = Read(message, leaf);
            return new TryFact(path, [.. route], current, values.Where(v => v != current).ToArray());
        }

        public void Set(DecisionRequest request, string value)
        {
            IMessage message = request;
            foreach (var field in _route[..^1])
            {
                if (field.Accessor.GetValue(message) is not IMessage next)
                {
                    next = field.MessageType.Parser.ParseFrom(ByteString.Empty);
                    field.Accessor.SetValue(message, next);
                }

                message = next;
            }

            if (value == Unknown)
            {
                Leaf.Accessor.Clear(message);
            }
            else if (Leaf.FieldType == FieldType.Bool)
            {
                Leaf.Accessor.SetValue(message, value == "true");
            }
            else
            {
                var number = Leaf.EnumType.FindValueByName(value).Number;
                Leaf.Accessor.SetValue(message, Enum.ToObject(Leaf.EnumType.ClrType, number));
            }
        }

        private static string Read(IMessage? message, FieldDescriptor leaf)
        {
            if (message is null)
            {
                return Unknown;
            }

            if (leaf.FieldType == FieldType.Bool)
            {
                return leaf.Accessor.HasValue(message) ? ((bool)leaf.Accessor.GetValue(message) ? "true" : "false") : Unknown;
            }

            var number = Convert.ToInt32(leaf.Accessor.GetValue(message), System.Globalization.CultureInfo.InvariantCulture);
            return number == 0 ? Unknown : leaf.EnumType.FindValueByNumber(number)?.Name ?? Unknown;
        }
    }
}

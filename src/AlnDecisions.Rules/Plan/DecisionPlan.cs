using AlnDecisions.Domain;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Plan;

/// <summary>
/// The order one request's work is done in: every kind asked for, after the publishers of the facts
/// its rules read, after the kinds those publishers read. Worked out from the declarations and the
/// rules' reads, never written as branches: a new kind or a new published fact changes the plan
/// without changing the engine.
/// </summary>
internal static class DecisionPlan
{
    /// <summary>Every publisher of facts one decision gives another.</summary>
    public static IReadOnlyList<FactPublisher> Publishers { get; } = [new AlnStatusPublisher(), new IdpQuestionPublisher()];

    /// <summary>Every derived fact: those worked out from the case, and those publishers publish.</summary>
    public static IEnumerable<DerivedFact> DerivedFacts => CaseFacts.Declared.Concat(Publishers.SelectMany(p => p.Publishes));

    /// <summary>A step of the plan: decide a kind for the deciding authority, or publish facts.</summary>
    public sealed record Step(DecisionKind? Kind, FactPublisher? Publisher);

    /// <summary>
    /// The steps for <paramref name="kinds"/>, given what each kind's rules read; null and the cycle
    /// when a kind would wait for itself.
    /// </summary>
    public static (IReadOnlyList<Step> Steps, string? Cycle) For(IEnumerable<DecisionKind> kinds, IReadOnlyDictionary<DecisionKind, IReadOnlySet<string>> reads)
    {
        var steps = new List<Step>();
        var done = new HashSet<object>();
        var visiting = new Stack<string>();
        string? cycle = null;

        void Kind(DecisionKind kind)
        {
            if (cycle is not null || done.Contains(kind))
            {
                return;
            }

            var name = UpperSnakeCase.From(kind);
            if (visiting.Contains(name))
            {
                cycle = string.Join(" → ", visiting.Reverse().Append(name));
                return;
            }

            visiting.Push(name);
            foreach (var publisher in PublishersReadBy(kind, reads))
            {
                Publisher(publisher);
            }

            visiting.Pop();
            done.Add(kind);
            steps.Add(new Step(kind, null));
        }

        void Publisher(FactPublisher publisher)
        {
            if (cycle is not null || done.Contains(publisher))
            {
                return;
            }

            var name = string.Join(", ", publisher.Publishes.Select(f => f.Path));
            if (visiting.Contains(name))
            {
                cycle = string.Join(" → ", visiting.Reverse().Append(name));
                return;
            }

            visiting.Push(name);
            foreach (var kind in publisher.Reads)
            {
                Kind(kind);
            }

            foreach (var kind in publisher.Evaluates)
            {
                foreach (var needed in PublishersReadBy(kind, reads))
                {
                    Publisher(needed);
                }
            }

            visiting.Pop();
            done.Add(publisher);
            steps.Add(new Step(null, publisher));
        }

        foreach (var kind in kinds)
        {
            Kind(kind);
        }

        return (steps, cycle);
    }

    /// <summary>The publishers whose facts <paramref name="kind"/>'s rules read.</summary>
    public static IEnumerable<FactPublisher> PublishersReadBy(DecisionKind kind, IReadOnlyDictionary<DecisionKind, IReadOnlySet<string>> reads) =>
        reads.TryGetValue(kind, out var paths) ? Publishers.Where(p => p.Publishes.Any(f => paths.Contains(f.Path))) : [];
}

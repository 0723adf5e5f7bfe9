using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;

namespace AlnDecisions.Cli.Reports.Replay;

/// <summary>One kind's answer differing between two responses: the outcome, or one further answer.</summary>
/// <param name="Kind">The decision kind.</param>
/// <param name="What">"outcome" or the field's JSON name (e.g. responsibleAuthority, deadlines).</param>
/// <param name="Was">Before.</param>
/// <param name="Now">After.</param>
public sealed record DecisionDifference(DecisionKind.Types.Value Kind, string What, string Was, string Now);

/// <summary>What differs between the answers to one case: outcomes first, then the further answers a caller acts on.</summary>
public static class DecisionDifferences
{
    /// <summary>A kind that one side did not decide at all.</summary>
    public const string NotDecided = "(not decided)";

    private const string Unset = "unset";

    // The contract's further answers, then the two a caller also acts on: the deadlines and what is missing.
    private static readonly (string Name, Func<Decision, string> Read)[] Fields =
    [
        .. FurtherAnswers.Fields.Select(f => (f.Name, (Func<Decision, string>)(d => f.Read(d) ?? Unset))),
        ("deadlines", d => string.Join("; ", d.Deadlines.Select(x => $"{x.Step} {x.DueDate} {x.Status}"))),
        ("missingFacts", d => string.Join(", ", d.Explanation?.MissingFacts.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())),
    ];

    /// <summary>Every outcome and answer that differs between two decisions of the same case, kind by kind.</summary>
    public static IEnumerable<DecisionDifference> Between(IReadOnlyList<Decision> before, IReadOnlyList<Decision> after)
    {
        foreach (var kind in before.Select(d => d.Kind).Union(after.Select(d => d.Kind)))
        {
            var was = before.FirstOrDefault(d => d.Kind == kind);
            var now = after.FirstOrDefault(d => d.Kind == kind);
            if (was is null || now is null)
            {
                yield return new DecisionDifference(kind, "outcome", was?.Outcome ?? NotDecided, now?.Outcome ?? NotDecided);
                continue;
            }

            if (was.Outcome != now.Outcome)
            {
                yield return new DecisionDifference(kind, "outcome", was.Outcome, now.Outcome);
            }

            foreach (var (name, read) in Fields)
            {
                var (a, b) = (read(was), read(now));
                if (a != b)
                {
                    yield return new DecisionDifference(kind, name, a, b);
                }
            }
        }
    }
}

using AlnDecisions.Contract.V1;
using UpperSnakeCase = AlnDecisions.Domain.UpperSnakeCase;

namespace AlnDecisions.Cli.Reports.Replay;

/// <summary>How often one change happened, with the first few case references it happened to.</summary>
public sealed record ChangeCount(string What, string Was, string Now, int Cases, IReadOnlyList<string> Examples);

/// <summary>The changes for one authority and decision kind.</summary>
public sealed record ReplayGroup(string Authority, string Kind, int Cases, int ChangedCases, IReadOnlyList<ChangeCount> Changes);

/// <summary>What replaying a caseload against candidate rules would change.</summary>
public sealed record ReplayReport(string Source, string Baseline, string Candidate, int Cases, int Decided, int ChangedCases, double Seconds, double CpuSeconds, IReadOnlyList<ReplayGroup> Groups)
{
    /// <summary>Cases replayed per second of wall-clock time.</summary>
    public double CasesPerSecond => Seconds > 0 ? Cases / Seconds : 0;
}

/// <summary>Collects differences from many threads; changes are rare, so only they take a lock.</summary>
internal sealed class ReplayTally(int examples)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Authority, DecisionKind.Types.Value Kind), Group> _groups = new();
    private int _cases;
    private int _changed;
    private int _unaffected;

    public int Cases => _cases;

    /// <summary>Cases counted without deciding, because nothing that changed can reach them.</summary>
    public int Unaffected => _unaffected;

    public int ChangedCases => _changed;

    public void Add(string authority, string caseReference, IReadOnlyList<Decision> decided, IReadOnlyList<DecisionDifference> differences)
    {
        Interlocked.Increment(ref _cases);
        foreach (var decision in decided)
        {
            if (!differences.Any(d => d.Kind == decision.Kind))
            {
                Interlocked.Increment(ref GroupOf(authority, decision.Kind).Cases);
            }
        }

        if (differences.Count == 0)
        {
            return;
        }

        // Changes are rare: only they take the lock.
        Interlocked.Increment(ref _changed);
        foreach (var kind in differences.Select(d => d.Kind).Distinct())
        {
            var group = GroupOf(authority, kind);
            Interlocked.Increment(ref group.Cases);
            Interlocked.Increment(ref group.Changed);
            lock (group)
            {
                foreach (var difference in differences.Where(d => d.Kind == kind))
                {
                    var key = (difference.What, difference.Was, difference.Now);
                    if (!group.Changes.TryGetValue(key, out var count))
                    {
                        group.Changes[key] = count = new Count();
                    }

                    count.Cases++;
                    if (count.Examples.Count < examples)
                    {
                        count.Examples.Add(caseReference);
                    }
                }
            }
        }
    }

    /// <summary>Counts a case whose answers cannot change, under the kinds it asked for (as "every kind" when it asked for none).</summary>
    public void AddUnaffected(string authority, IReadOnlyList<DecisionKind.Types.Value> kinds)
    {
        Interlocked.Increment(ref _cases);
        Interlocked.Increment(ref _unaffected);
        foreach (var kind in kinds.DefaultIfEmpty(DecisionKind.Types.Value.DecisionKindUnspecified))
        {
            Interlocked.Increment(ref GroupOf(authority, kind).Cases);
        }
    }

    public IReadOnlyList<ReplayGroup> Groups() =>
        _groups.OrderByDescending(g => g.Value.Changed).ThenBy(g => g.Key.Authority, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
            .Select(g => new ReplayGroup(g.Key.Authority, UpperSnakeCase.From(g.Key.Kind), g.Value.Cases, g.Value.Changed,
                g.Value.Changes.OrderBy(c => c.Key.What == "outcome" ? 0 : 1).ThenByDescending(c => c.Value.Cases)
                    .Select(c => new ChangeCount(c.Key.What, c.Key.Was, c.Key.Now, c.Value.Cases, c.Value.Examples)).ToArray()))
            .ToArray();

    private Group GroupOf(string authority, DecisionKind.Types.Value kind) => _groups.GetOrAdd((authority, kind), _ => new Group());

    private sealed class Group
    {
        // Fields, not properties: counted with Interlocked.
        public int Cases;
        public int Changed;

        public Dictionary<(string What, string Was, string Now), Count> Changes { get; } = [];
    }

    private sealed class Count
    {
        public int Cases { get; set; }

        public List<string> Examples { get; } = [];
    }
}

using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Reports.Caseload;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using UpperSnakeCase = AlnDecisions.Domain.UpperSnakeCase;

namespace AlnDecisions.Cli.Reports.Compare;

/// <summary>
/// Puts one caseload to all 22 authorities (each case moved wholly into each authority's area) and
/// finds, for every pair, the cases they decide differently and the principles behind it.
/// Neighbouring pairs are listed first.
/// </summary>
internal sealed class AuthorityComparer(DecisionPipeline pipeline, Adjacency adjacency, int examples)
{
    public async Task<AuthorityComparison> CompareAsync(string caseload, IReadOnlyList<string> facts, IReadOnlyList<ComparisonCase> cases, Progress progress, CancellationToken cancellationToken)
    {
        var authorities = AlnDecisions.Domain.Authorities.Welsh;
        var answers = new Dictionary<(string Kind, int Case), AuthorityAnswer>[authorities.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, authorities.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (a, ct) =>
        {
            var mine = new Dictionary<(string, int), AuthorityAnswer>();
            for (var c = 0; c < cases.Count; c++)
            {
                var request = MoveTo(cases[c].Request, authorities[a]);
                var result = await pipeline.DecideAsync(request, ct);
                foreach (var decision in result.Response?.Decisions ?? [])
                {
                    mine[(UpperSnakeCase.From(decision.Kind), c)] = Answer(decision, authorities[a]);
                }

                if (!result.IsValid)
                {
                    mine[("(request)", c)] = new AuthorityAnswer("(refused)", string.Join("; ", result.Violations.Select(v => v.Field)), "-", "-");
                }

                progress.Advance();
            }

            answers[a] = mine;
        });

        var pairs = new List<PairDisagreement>();
        for (var a = 0; a < authorities.Count; a++)
        {
            for (var b = a + 1; b < authorities.Count; b++)
            {
                var differing = new List<(string Kind, int Case)>();
                var keys = answers[a].Keys.Union(answers[b].Keys).ToArray();
                foreach (var key in keys)
                {
                    if (!answers[a].TryGetValue(key, out var x) || !answers[b].TryGetValue(key, out var y) || !x.SameDecisionAs(y))
                    {
                        differing.Add(key);
                    }
                }

                var principles = differing
                    .GroupBy(k => (k.Kind, First: answers[a].GetValueOrDefault(k), Second: answers[b].GetValueOrDefault(k)))
                    .Select(g => new PrincipleDifference(g.Key.Kind, g.Key.First ?? Missing, g.Key.Second ?? Missing, g.Count(), cases[g.First().Case].Description))
                    .OrderByDescending(p => p.Cases)
                    .ToArray();
                pairs.Add(new PairDisagreement(authorities[a], authorities[b], adjacency.AreNeighbours(authorities[a], authorities[b]),
                    keys.Length, differing.Count, principles,
                    // One example per principle difference first, so each reason is shown once.
                    principles.Select(p => p.Example)
                        .Concat(differing.Select(k => cases[k.Case].Description))
                        .Distinct(StringComparer.Ordinal).Take(Math.Max(examples, principles.Length)).ToArray()));
            }
        }

        return new AuthorityComparison(caseload, facts, cases.Count, authorities,
            pairs.OrderByDescending(p => p.Neighbours).ThenByDescending(p => p.Differing).ThenBy(p => p.First, StringComparer.Ordinal).ToArray(),
            AlikeGroups(authorities, pairs));
    }

    private static readonly AuthorityAnswer Missing = new("(not decided)", string.Empty, "-", "-");

    // Authorities that decide every case the same way, as groups (the largest first).
    private static List<string>[] AlikeGroups(IReadOnlyList<string> authorities, IReadOnlyList<PairDisagreement> pairs)
    {
        var alike = pairs.Where(p => p.Differing == 0).Select(p => (p.First, p.Second)).ToHashSet();
        var groups = new List<List<string>>();
        foreach (var authority in authorities)
        {
            var group = groups.FirstOrDefault(g => alike.Contains((g[0], authority)) || alike.Contains((authority, g[0])));
            if (group is null)
            {
                groups.Add([authority]);
            }
            else
            {
                group.Add(authority);
            }
        }

        return groups.OrderByDescending(g => g.Count).ToArray();
    }

    // The whole case moves into the authority's area: where it is decided, where the learner lives
    // (when in Wales), the setting, and any authority the case named as the same place.
    private static DecisionRequest MoveTo(DecisionRequest original, string authority)
    {
        var request = original.Clone();
        var from = request.Authority;
        request.Authority = authority;
        if (request.Learner is { } learner)
        {
            if (learner.HomeAuthority.Length == 0 || learner.HomeAuthority == from)
            {
                learner.HomeAuthority = authority;
            }

            learner.Setting ??= new Setting();
            if (learner.Setting.Authority.Length == 0 || learner.Setting.Authority == from)
            {
                learner.Setting.Authority = authority;
            }

            if (learner.LookingAfterAuthority == from)
            {
                learner.LookingAfterAuthority = authority;
            }

            if (learner.ExistingIdp is { } idp && idp.Authority == from)
            {
                idp.Authority = authority;
            }
        }

        return request;
    }

    // Further answers that only name the authority itself are the same answer in every area.
    private static AuthorityAnswer Answer(Decision decision, string authority)
    {
        string Own(string code) => code == authority ? "(own)" : code;
        var fields = string.Join("; ", new[]
        {
            decision.ResponsibleAuthority.Length > 0 ? $"responsibleAuthority={Own(decision.ResponsibleAuthority)}" : null,
            decision.HasMayDirectSchool ? $"mayDirectSchool={decision.MayDirectSchool}" : null,
            decision.HasReferToAuthority ? $"referToAuthority={decision.ReferToAuthority}" : null,
            decision.FundingAuthority.Length > 0 ? $"fundingAuthority={Own(decision.FundingAuthority)}" : null,
            decision.Recoupment.Length > 0 ? $"recoupment={decision.Recoupment}" : null,
        }.Where(f => f is not null));
        return new AuthorityAnswer(decision.Outcome, fields, decision.Explanation?.DecidingRule ?? string.Empty, UpperSnakeCase.From(decision.DecidingLayer));
    }
}

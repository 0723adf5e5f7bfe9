using System.Globalization;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Server.Services;

/// <summary>What <c>ListRuleSets</c> shows: every version serving, and every rejected edit with its problems.</summary>
internal static class RuleSetListing
{
    public static ListRuleSetsResponse From(RuleSetCatalog catalog)
    {
        var response = new ListRuleSetsResponse { LoadedAt = catalog.LoadedAt.ToString("O", CultureInfo.InvariantCulture) };
        foreach (var file in catalog.Files)
        {
            if (file.Serving is { } set)
            {
                var info = new RuleSetInfo
                {
                    Id = set.Id,
                    Kind = Enum.Parse<AlnDecisions.Contract.V1.DecisionKind.Types.Value>(set.Kind.ToString()),
                    Authority = set.Authority,
                    Version = set.Version,
                    EffectiveFrom = Date(set.EffectiveFrom),
                    EffectiveTo = set.EffectiveTo is { } to ? Date(to) : string.Empty,
                    Sha256 = set.Sha256,
                    Status = set.Status,
                    Layer = DecisionResponseMapper.ToLayer(set.Layer),
                    File = set.File,
                    LoadState = file.LoadState,
                    SourceTitle = set.Source.Title,
                };
                info.RejectedEditProblems.AddRange(file.RejectedEdit.Select(ToProblem));
                response.RuleSets.Add(info);
            }
            else
            {
                var rejected = new RejectedFile { File = file.File };
                rejected.Problems.AddRange(file.RejectedEdit.Select(ToProblem));
                response.RejectedFiles.Add(rejected);
            }
        }

        foreach (var group in catalog.CatalogProblems.GroupBy(p => p.File, StringComparer.Ordinal))
        {
            var missing = new RejectedFile { File = group.Key };
            missing.Problems.AddRange(group.Select(ToProblem));
            response.RejectedFiles.Add(missing);
        }

        foreach (var group in catalog.CalendarProblems.GroupBy(p => p.File, StringComparer.Ordinal))
        {
            var rejected = new RejectedFile { File = "calendars/" + group.Key };
            rejected.Problems.AddRange(group.Select(ToProblem));
            response.RejectedFiles.Add(rejected);
        }

        return response;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static AlnDecisions.Contract.V1.RuleSetProblem ToProblem(AlnDecisions.Rules.RuleSets.RuleSetProblem problem) => new()
    {
        Code = problem.Code,
        File = problem.File,
        Line = problem.Line,
        Column = problem.Column,
        RuleName = problem.RuleName ?? string.Empty,
        Message = problem.Message,
    };
}

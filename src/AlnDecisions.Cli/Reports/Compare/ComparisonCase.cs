using AlnDecisions.Contract.V1;

namespace AlnDecisions.Cli.Reports.Compare;

/// <summary>One case to put to every authority: the request as given, and how to describe it in a report.</summary>
/// <param name="Request">The request; its authority codes are replaced by each authority in turn.</param>
/// <param name="Description">For a generated case, the values it was given ("setting.kind=SPECIAL_SCHOOL, ..."); for a caseload case, its reference.</param>
public sealed record ComparisonCase(DecisionRequest Request, string Description);

/// <summary>What one authority answered for one case and kind: the outcome and the further answers that do not merely name the authority, and the principle that settled it.</summary>
public sealed record AuthorityAnswer(string Outcome, string Fields, string Rule, string Layer)
{
    /// <summary>Whether two authorities decided this case the same way.</summary>
    public bool SameDecisionAs(AuthorityAnswer other) => Outcome == other.Outcome && Fields == other.Fields;
}

/// <summary>The principles behind one kind of disagreement between two authorities, how many cases it covers, and the first of them.</summary>
public sealed record PrincipleDifference(string Kind, AuthorityAnswer First, AuthorityAnswer Second, int Cases, string Example);

/// <summary>Where two authorities decide differently.</summary>
public sealed record PairDisagreement(
    string First,
    string Second,
    bool Neighbours,
    int Compared,
    int Differing,
    IReadOnlyList<PrincipleDifference> Principles,
    IReadOnlyList<string> Examples);

/// <summary>Everything compare-authorities found.</summary>
public sealed record AuthorityComparison(
    string Caseload,
    IReadOnlyList<string> FactsVaried,
    int Cases,
    IReadOnlyList<string> Authorities,
    IReadOnlyList<PairDisagreement> Pairs,
    IReadOnlyList<IReadOnlyList<string>> AlikeGroups);

namespace AlnDecisions.Store;

/// <summary>The answer to <see cref="DecisionStore.ListAsync"/>: a page, or every problem with the query.</summary>
public sealed class DecisionListResult
{
    private DecisionListResult(DecisionPage? page, IReadOnlyList<StoreProblem> problems)
    {
        Page = page;
        Problems = problems;
    }

    /// <summary>The page; null when the query was refused.</summary>
    public DecisionPage? Page { get; }

    /// <summary>Every problem with the query; empty when answered.</summary>
    public IReadOnlyList<StoreProblem> Problems { get; }

    /// <summary>Whether the query was answered.</summary>
    public bool IsValid => Page is not null;

    internal static DecisionListResult Success(DecisionPage page) => new(page, []);

    internal static DecisionListResult Refused(IReadOnlyList<StoreProblem> problems) => new(null, problems);
}

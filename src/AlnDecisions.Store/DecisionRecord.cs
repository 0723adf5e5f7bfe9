namespace AlnDecisions.Store;

/// <summary>
/// What is recorded for one decision before its response is sent: the metadata the store queries
/// on, and the request and the full response as the serialized bytes the caller made of them.
/// </summary>
/// <remarks>
/// The store never parses <see cref="Request"/> or <see cref="Response"/>: it encrypts them as they
/// are and gives the same bytes back. Both hold special-category data about a child.
/// </remarks>
public sealed class DecisionRecord
{
    /// <summary>Creates a record; throws <see cref="ArgumentException"/> for a malformed one (the server makes these, not callers).</summary>
    public DecisionRecord(
        string decisionId,
        string caseReference,
        string authority,
        DateOnly decisionDate,
        IReadOnlyList<KindOutcome> kinds,
        IReadOnlyList<RuleSetStamp> ruleSets,
        ReadOnlyMemory<byte> request,
        ReadOnlyMemory<byte> response)
    {
        if (!DecisionIds.IsValid(decisionId))
        {
            throw new ArgumentException("A decision id is a 26-character ULID in Crockford base 32.", nameof(decisionId));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(ruleSets);
        if (kinds.Select(k => k.Kind).Distinct(StringComparer.Ordinal).Count() != kinds.Count)
        {
            throw new ArgumentException("Each kind is decided at most once in a record.", nameof(kinds));
        }

        if (kinds.Any(k => string.IsNullOrWhiteSpace(k.Kind) || string.IsNullOrWhiteSpace(k.Outcome)))
        {
            throw new ArgumentException("Every kind and outcome has a code.", nameof(kinds));
        }

        DecisionId = decisionId;
        CaseReference = caseReference;
        Authority = authority;
        DecisionDate = decisionDate;
        Kinds = [.. kinds];
        RuleSets = [.. ruleSets];
        Request = request;
        Response = response;
    }

    /// <summary>The decision's ULID: unique, and sortable by the time it was made.</summary>
    public string DecisionId { get; }

    /// <summary>The caller's pseudonymous case reference: the only way a learner is identified.</summary>
    public string CaseReference { get; }

    /// <summary>The calling authority's code.</summary>
    public string Authority { get; }

    /// <summary>The decision date the rules were selected by.</summary>
    public DateOnly DecisionDate { get; }

    /// <summary>Every kind decided, with its recommended outcome.</summary>
    public IReadOnlyList<KindOutcome> Kinds { get; }

    /// <summary>Every rule set the decision used.</summary>
    public IReadOnlyList<RuleSetStamp> RuleSets { get; }

    /// <summary>The serialized request, exactly as the caller made it.</summary>
    public ReadOnlyMemory<byte> Request { get; }

    /// <summary>The serialized full response, exactly as the caller made it.</summary>
    public ReadOnlyMemory<byte> Response { get; }
}

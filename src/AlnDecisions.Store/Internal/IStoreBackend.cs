namespace AlnDecisions.Store.Internal;

/// <summary>
/// One database's SQL for the logical schema. Everything above this (sealing, batching, validation,
/// paging tokens, retention policy) is shared, so both backends behave the same by construction.
/// </summary>
internal interface IStoreBackend : IAsyncDisposable
{
    /// <summary>Creates what is missing and applies pending migrations; safe when several processes start at once.</summary>
    Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Writes every record in one transaction and commits it durably.</summary>
    Task AppendAsync(IReadOnlyList<SealedRecord> batch, CancellationToken cancellationToken);

    Task<RecordRow?> GetAsync(string decisionId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> records matching <paramref name="filter"/> with ids below <paramref name="beforeId"/>, newest first.</summary>
    Task<IReadOnlyList<RecordRow>> ListAsync(ListFilter filter, string? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>Inserts a human decision; false when its decision is not recorded (never, or erased meanwhile).</summary>
    Task<bool> InsertHumanDecisionAsync(SealedHumanDecision decision, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every record of <paramref name="caseReference"/> (only those of <paramref name="authority"/>
    /// when it is given) and what hangs off them; the count of records.
    /// </summary>
    Task<int> EraseCaseAsync(string caseReference, string? authority, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes records recorded before <paramref name="cutoff"/>: those of <paramref name="authority"/>, or,
    /// when it is null, those of every authority not in <paramref name="otherwiseRetained"/>. The count deleted.
    /// </summary>
    Task<int> DeleteRecordedBeforeAsync(string? authority, IReadOnlyCollection<string> otherwiseRetained, DateTimeOffset cutoff, CancellationToken cancellationToken);

    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> means the database is unreachable or refusing work, rather than this request being wrong.</summary>
    bool IsUnavailable(Exception exception);

    bool IsDuplicateDecision(Exception exception);

    /// <summary>Drops pooled connections after an outage, so none broken by it is reused.</summary>
    void ResetConnections();
}

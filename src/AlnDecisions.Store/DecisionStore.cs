using System.Security.Cryptography;
using AlnDecisions.Store.Configuration;
using AlnDecisions.Store.Internal;
using AlnDecisions.Store.Internal.Postgres;
using AlnDecisions.Store.Internal.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlnDecisions.Store;

/// <summary>
/// The decision record: appends (group-committed, durable before the task completes), reads by id,
/// paged listing, the human decision, erasure of a case and retention. Request, response, outcomes
/// and reasons are sealed with AES-256-GCM before they reach the database.
/// </summary>
/// <remarks>
/// Thread-safe; one instance per process. Construction does no I/O: the database and schema are
/// made ready by <see cref="StartAsync"/> (the host calls it at start-up) or by the first call, and
/// a start that failed because the database was down is tried again by the next call.
/// </remarks>
public sealed class DecisionStore : IAsyncDisposable
{
    private const int MaxCodeLength = 64;
    private const int MaxRoleLength = 200;
    private const int MaxReasonLength = 20_000;
    private readonly DecisionStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private Task<Started>? _start;
    private bool _disposed;

    /// <summary>Creates the store; throws <see cref="OptionsValidationException"/> listing every problem with <paramref name="options"/>.</summary>
    public DecisionStore(DecisionStoreOptions options, TimeProvider clock, ILogger<DecisionStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = DecisionStoreOptionsValidator.Problems(options);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(DecisionStoreOptions.Section, typeof(DecisionStoreOptions), problems);
        }

        _options = options;
        _clock = clock;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Group-commit counters since the store started.</summary>
    public DecisionStoreStatistics Statistics =>
        _start is { IsCompletedSuccessfully: true } start ? start.Result.Committer.Statistics : new DecisionStoreStatistics(0, 0, 0, 0);

    /// <summary>How often the retention job should sweep.</summary>
    public TimeSpan RetentionSweepInterval => _options.Retention.SweepInterval;

    /// <summary>Opens the database, creating it (SQLite) and applying pending migrations.</summary>
    /// <exception cref="DecisionStoreUnavailableException">The database cannot be reached.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default) => await StartedAsync(cancellationToken);

    /// <summary>
    /// Records a decision. The task completes only when the record is durable (its batch committed);
    /// until then the caller must not send the response.
    /// </summary>
    /// <exception cref="DecisionStoreUnavailableException">The queue is full, the database is down, or the store is closing: at once, never after a long wait.</exception>
    /// <exception cref="DecisionAlreadyRecordedException">The decision id is already recorded.</exception>
    public async Task AppendAsync(DecisionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var started = await StartedAsync(cancellationToken);
        started.Committer.ThrowIfRefusing();

        var plaintext = Envelopes.WriteRecord(record);
        var (nonce, sealedBytes) = started.Cipher.Seal(plaintext, RecordCipher.RecordAssociatedData(record.DecisionId));
        CryptographicOperations.ZeroMemory(plaintext);
        var sealedRecord = new SealedRecord(
            record.DecisionId, record.CaseReference, record.Authority, record.DecisionDate, Instants.Truncate(_clock.GetUtcNow()),
            [.. record.Kinds.Select(k => k.Kind)], record.RuleSets, started.Cipher.ActiveKeyId, nonce, sealedBytes);
        await started.Committer.AppendAsync(sealedRecord, cancellationToken);
    }

    /// <summary>The decision exactly as recorded, with its human decisions; null if it is not recorded or the id is not a ULID.</summary>
    /// <exception cref="DecisionStoreUnavailableException">The database cannot be reached.</exception>
    /// <exception cref="DecisionRecordUnreadableException">The record's key is not configured, or the record was altered.</exception>
    public async Task<StoredDecision?> GetAsync(string decisionId, CancellationToken cancellationToken = default)
    {
        if (!DecisionIds.IsValid(decisionId))
        {
            return null;
        }

        var started = await StartedAsync(cancellationToken);
        var row = await GuardAsync(started, () => started.Backend.GetAsync(decisionId, cancellationToken));
        return row is null ? null : Open(started.Cipher, row);
    }

    /// <summary>One page of the decisions matching <paramref name="query"/>, newest first; or why the query is refused.</summary>
    /// <exception cref="DecisionStoreUnavailableException">The database cannot be reached.</exception>
    public async Task<DecisionListResult> ListAsync(DecisionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<StoreProblem>();
        if (query.PageSize is < 1 or > DecisionQuery.MaxPageSize)
        {
            problems.Add(new("pageSize", StoreProblemCode.PageSizeOutOfRange, $"pageSize must be between 1 and {DecisionQuery.MaxPageSize}."));
        }

        if (query.DecidedFrom is { } from && query.DecidedTo is { } to && to < from)
        {
            problems.Add(new("decidedTo", StoreProblemCode.DateRangeReversed, "The date range ends before it starts."));
        }

        var filter = new ListFilter(Blank(query.CaseReference), Blank(query.Authority), Blank(query.Kind), query.DecidedFrom, query.DecidedTo);
        string? beforeId = null;
        if (!string.IsNullOrEmpty(query.PageToken))
        {
            if (PageTokens.TryRead(query.PageToken, filter, out var last))
            {
                beforeId = last;
            }
            else
            {
                problems.Add(new("pageToken", StoreProblemCode.InvalidPageToken, "The page token was not issued for this query."));
            }
        }

        if (problems.Count > 0)
        {
            return DecisionListResult.Refused(problems);
        }

        var started = await StartedAsync(cancellationToken);

        // One more than a page tells whether another page follows without a count query.
        var rows = await GuardAsync(started, () => started.Backend.ListAsync(filter, beforeId, query.PageSize + 1, cancellationToken));
        var decisions = rows.Take(query.PageSize).Select(r => Open(started.Cipher, r)).ToList();
        var next = rows.Count > query.PageSize ? PageTokens.Create(decisions[^1].DecisionId, filter) : null;
        return DecisionListResult.Success(new DecisionPage(decisions, next));
    }

    /// <summary>
    /// Records the responsible body's own decision for one kind. Earlier ones are kept; the latest
    /// stands. Refuses (as a result, not an exception) an override without a reason, a kind the
    /// decision did not decide, a <c>followsRecommendation</c> that disagrees with the outcomes, blank
    /// or overlong values, and a decision that is not recorded.
    /// </summary>
    /// <exception cref="DecisionStoreUnavailableException">The database cannot be reached.</exception>
    public async Task<OutcomeRecordingResult> RecordOutcomeAsync(HumanDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var problems = CheckShape(decision);
        if (problems.Any(p => p.Field == "decisionId"))
        {
            return OutcomeRecordingResult.Refused(problems);
        }

        var stored = await GetAsync(decision.DecisionId, cancellationToken);
        if (stored is null)
        {
            return OutcomeRecordingResult.Refused([NotFound(), .. problems]);
        }

        var recommended = stored.Kinds.FirstOrDefault(k => k.Kind == decision.Kind);
        if (recommended is null && !string.IsNullOrWhiteSpace(decision.Kind))
        {
            problems.Add(new("kind", StoreProblemCode.KindNotDecided, "The decision did not decide this kind."));
        }

        if (recommended is not null && !string.IsNullOrWhiteSpace(decision.FinalOutcome))
        {
            var same = string.Equals(recommended.Outcome, decision.FinalOutcome, StringComparison.Ordinal);
            if (same != decision.FollowsRecommendation)
            {
                problems.Add(new("followsRecommendation", StoreProblemCode.FollowsRecommendationMismatch, same
                    ? "The final outcome is the recommended one, so it follows the recommendation."
                    : "The final outcome differs from the recommendation, so it does not follow it."));
            }
        }

        if (problems.Count > 0)
        {
            return OutcomeRecordingResult.Refused(problems);
        }

        var started = await StartedAsync(cancellationToken);
        var recordedAt = Instants.Truncate(_clock.GetUtcNow());
        var outcomeId = Guid.CreateVersion7(recordedAt);
        var plaintext = Envelopes.WriteHumanDecision(decision);
        var (nonce, sealedBytes) = started.Cipher.Seal(plaintext, RecordCipher.HumanDecisionAssociatedData(decision.DecisionId, outcomeId));
        CryptographicOperations.ZeroMemory(plaintext);
        var row = new SealedHumanDecision(outcomeId, decision.DecisionId, decision.Kind, decision.FollowsRecommendation, decision.DeciderRole,
            decision.DecidedOn, recordedAt, started.Cipher.ActiveKeyId, nonce, sealedBytes);
        var inserted = await GuardAsync(started, () => started.Backend.InsertHumanDecisionAsync(row, cancellationToken));
        return inserted
            ? OutcomeRecordingResult.Success(new RecordedHumanDecision(outcomeId, decision, recordedAt))
            : OutcomeRecordingResult.Refused([NotFound()]);
    }

    /// <summary>Erases every record of <paramref name="caseReference"/> and the human decisions on them; the number of records erased.</summary>
    /// <exception cref="DecisionStoreUnavailableException">The database cannot be reached.</exception>
    public Task<int> EraseCaseAsync(string caseReference, CancellationToken cancellationToken = default) =>
        EraseAsync(caseReference, null, cancellationToken);

    /// <summary>
    /// Erases every record of <paramref name="caseReference"/> made for <paramref name="authority"/>, and
    /// the human decisions on them; the number of records erased. A case reference is the caller's own
    /// pseudonym, so another authority's record under the same string is another learner's and is kept.
    /// </summary>
    /// <exception cref="DecisionStoreUnavailableException">The database cannot be reached.</exception>
    public Task<int> EraseCaseAsync(string caseReference, string authority, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        return EraseAsync(caseReference, authority, cancellationToken);
    }

    private async Task<int> EraseAsync(string caseReference, string? authority, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        var started = await StartedAsync(cancellationToken);
        var erased = await GuardAsync(started, () => started.Backend.EraseCaseAsync(caseReference, authority, cancellationToken));
        StoreLog.Erased(_logger, erased);
        return erased;
    }

    /// <summary>
    /// Deletes every record older than its authority's retention (counted from when it was
    /// recorded, by the store's clock) with its human decisions; the number deleted.
    /// </summary>
    /// <exception cref="DecisionStoreUnavailableException">The database cannot be reached.</exception>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var started = await StartedAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var retention = _options.Retention;
        var deleted = 0;
        foreach (var (authority, period) in retention.Authorities)
        {
            deleted += await GuardAsync(started, () => started.Backend.DeleteRecordedBeforeAsync(authority, [], now - period, cancellationToken));
        }

        deleted += await GuardAsync(started, () => started.Backend.DeleteRecordedBeforeAsync(null, retention.Authorities.Keys, now - retention.Default, cancellationToken));
        return deleted;
    }

    /// <summary>Asks the database a trivial question: for health checks.</summary>
    /// <exception cref="DecisionStoreUnavailableException">The database cannot be reached.</exception>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        var started = await StartedAsync(cancellationToken);
        await GuardAsync(started, async () =>
        {
            await started.Backend.PingAsync(cancellationToken);
            return 0;
        });
    }

    /// <summary>Commits what is queued, then closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        Task<Started>? start;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            start = _start;
        }

        if (start is null)
        {
            return;
        }

        Started started;
        try
        {
            started = await start;
        }
        catch (Exception)
        {
            // A start that failed left nothing open.
            return;
        }

        await started.Committer.DisposeAsync();
        await started.Backend.DisposeAsync();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static StoreProblem NotFound() => new("decisionId", StoreProblemCode.DecisionNotFound, "No decision with this id is recorded.");

    private static List<StoreProblem> CheckShape(HumanDecision decision)
    {
        var problems = new List<StoreProblem>();
        if (!DecisionIds.IsValid(decision.DecisionId))
        {
            problems.Add(new("decisionId", StoreProblemCode.Malformed, "A decision id is a 26-character ULID."));
        }

        void Text(string field, string? value, int max, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    problems.Add(new(field, StoreProblemCode.Required, $"{field} is required."));
                }
            }
            else if (value.Length > max)
            {
                problems.Add(new(field, StoreProblemCode.TooLong, $"{field} is longer than {max} characters."));
            }
        }

        Text("kind", decision.Kind, MaxCodeLength, required: true);
        Text("finalOutcome", decision.FinalOutcome, MaxCodeLength, required: true);
        Text("deciderRole", decision.DeciderRole, MaxRoleLength, required: true);
        var reason = decision.Reason;
        if (reason is null || string.IsNullOrWhiteSpace(reason.Text))
        {
            if (!decision.FollowsRecommendation)
            {
                problems.Add(new(reason is null ? "reason" : "reason.text", StoreProblemCode.ReasonRequiredForOverride,
                    "A decision that does not follow the recommendation needs a reason."));
            }
            else if (reason is not null)
            {
                problems.Add(new("reason.text", StoreProblemCode.Required, "reason.text is required when a reason is given."));
            }
        }

        if (reason is not null)
        {
            Text("reason.text", reason.Text, MaxReasonLength, required: false);
            if (!Enum.IsDefined(reason.Language))
            {
                problems.Add(new("reason.language", StoreProblemCode.Malformed, "reason.language is English or Welsh."));
            }

            if (reason.Translation is not null)
            {
                Text("reason.translation", reason.Translation, MaxReasonLength, required: true);
            }
        }

        return problems;
    }

    private static StoredDecision Open(RecordCipher cipher, RecordRow row)
    {
        var r = row.Record;
        var plaintext = cipher.Open(r.DecisionId, r.KeyId, r.Nonce, r.Sealed, RecordCipher.RecordAssociatedData(r.DecisionId));
        var (kinds, request, response) = Envelopes.ReadRecord(plaintext);
        CryptographicOperations.ZeroMemory(plaintext);
        var humans = row.HumanDecisions.Select(h =>
        {
            var opened = cipher.Open(h.DecisionId, h.KeyId, h.Nonce, h.Sealed, RecordCipher.HumanDecisionAssociatedData(h.DecisionId, h.OutcomeId));
            var (finalOutcome, reason) = Envelopes.ReadHumanDecision(opened);
            return new RecordedHumanDecision(h.OutcomeId,
                new HumanDecision(h.DecisionId, h.Kind, finalOutcome, h.FollowsRecommendation, reason, h.DeciderRole, h.DecidedOn), h.RecordedAt);
        }).ToList();
        return new StoredDecision(r.DecisionId, r.CaseReference, r.Authority, r.DecisionDate, r.RecordedAt, kinds, r.RuleSets, request, response, humans);
    }

    private static async Task<T> GuardAsync<T>(Started started, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (started.Backend.IsUnavailable(e))
        {
            started.Backend.ResetConnections();
            throw new DecisionStoreUnavailableException(StoreUnavailableReason.DatabaseUnavailable, e);
        }
    }

    private async ValueTask<Started> StartedAsync(CancellationToken cancellationToken)
    {
        var start = _start;
        if (start is not { IsCompletedSuccessfully: true })
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_start is null || _start.IsFaulted || _start.IsCanceled)
                {
                    _start = StartCoreAsync();
                }

                start = _start;
            }
        }

        return await start.WaitAsync(cancellationToken);
    }

    private async Task<Started> StartCoreAsync()
    {
        IStoreBackend backend;
        KeyRing keys;
        string backendName;
        try
        {
            if (_options.Backend == DecisionStoreBackend.PostgreSql)
            {
                backendName = "PostgreSQL";
                keys = KeyRing.FromOptions(_options.Encryption);
                backend = new PostgresBackend(_options.PostgreSqlConnectionString!);
            }
            else
            {
                backendName = "SQLite";
                var directory = Path.GetFullPath(_options.DataDirectory);
                Directory.CreateDirectory(directory);
                if (_options.Encryption.Keys.Count > 0)
                {
                    keys = KeyRing.FromOptions(_options.Encryption);
                }
                else
                {
                    keys = LocalKeyFile.LoadOrCreate(directory, out var created);
                    if (created)
                    {
                        StoreLog.GeneratedKeyFile(_logger, Path.Combine(directory, LocalKeyFile.FileName));
                    }
                }

                backend = new SqliteBackend(Path.Combine(directory, _options.SqliteFileName));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DecisionStoreUnavailableException(StoreUnavailableReason.DatabaseUnavailable, e);
        }

        try
        {
            foreach (var version in await backend.MigrateAsync(CancellationToken.None))
            {
                StoreLog.Migrated(_logger, backendName, version);
            }
        }
        catch (Exception e)
        {
            var unavailable = backend.IsUnavailable(e);
            await backend.DisposeAsync();
            if (unavailable)
            {
                throw new DecisionStoreUnavailableException(StoreUnavailableReason.DatabaseUnavailable, e);
            }

            throw;
        }

        var committer = new GroupCommitter(backend, _options.QueueCapacity, _options.MaxBatchSize, _options.RetryInterval, _clock, _logger);
        return new Started(backend, new RecordCipher(keys), committer);
    }

    private sealed record Started(IStoreBackend Backend, RecordCipher Cipher, GroupCommitter Committer);
}

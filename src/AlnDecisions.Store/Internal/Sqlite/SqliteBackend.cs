using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AlnDecisions.Store.Internal.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every connection runs with
/// <c>synchronous=FULL</c>: in WAL mode NORMAL survives a crash of the process but may lose the
/// last commits on power loss or an OS crash, and a response must never be sent for a decision
/// that could still vanish. Group commit pays the one fsync per batch, not per decision.
/// <c>secure_delete</c> zeroes erased rows rather than leaving them in free pages.
/// </summary>
internal sealed class SqliteBackend : IStoreBackend
{
    private const int DeleteChunk = 1000;
    private const string RecordColumns = "decision_id, case_reference, authority, decision_date, recorded_at, key_id, nonce, sealed";
    private const string HumanColumns = "outcome_id, decision_id, kind, follows_recommendation, decider_role, decided_on, recorded_at, key_id, nonce, sealed";
    private readonly string _connectionString;

    public SqliteBackend(string databasePath)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            // Seconds Microsoft.Data.Sqlite retries a busy database before failing: long enough to
            // wait out another process's commit, short enough to fail fast.
            DefaultTimeout = 5,
        }.ToString();
    }

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var mode = (string?)await ScalarAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite would not switch to WAL mode (it reports '{mode}').");
        }

        return await InWriteTransactionAsync(connection, async () =>
        {
            await ExecuteAsync(connection, SqliteMigrations.SchemaVersionTable, cancellationToken);
            var applied = new HashSet<int>();
            await using (var select = Command(connection, "SELECT version FROM schema_version"))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetInt32(0));
                }
            }

            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            var newlyApplied = new List<int>();
            foreach (var migration in SqliteMigrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
            {
                foreach (var statement in migration.Statements)
                {
                    await ExecuteAsync(connection, statement, cancellationToken);
                }

                await using var insert = Command(connection, "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @a)",
                    ("@v", migration.Version), ("@d", migration.Description), ("@a", now));
                await insert.ExecuteNonQueryAsync(cancellationToken);
                newlyApplied.Add(migration.Version);
            }

            return (IReadOnlyList<int>)newlyApplied;
        }, cancellationToken);
    }

    public async Task AppendAsync(IReadOnlyList<SealedRecord> batch, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await InWriteTransactionAsync(connection, async () =>
        {
            await using var record = Command(connection, $"INSERT INTO decision_records ({RecordColumns}) VALUES (@id, @case, @authority, @date, @at, @key, @nonce, @sealed)");
            var id = record.Parameters.Add("@id", SqliteType.Text);
            var caseReference = record.Parameters.Add("@case", SqliteType.Text);
            var authority = record.Parameters.Add("@authority", SqliteType.Text);
            var date = record.Parameters.Add("@date", SqliteType.Text);
            var at = record.Parameters.Add("@at", SqliteType.Integer);
            var key = record.Parameters.Add("@key", SqliteType.Text);
            var nonce = record.Parameters.Add("@nonce", SqliteType.Blob);
            var sealedBytes = record.Parameters.Add("@sealed", SqliteType.Blob);
            await using var kind = Command(connection, "INSERT INTO decision_kinds (decision_id, kind) VALUES (@id, @kind)");
            var kindId = kind.Parameters.Add("@id", SqliteType.Text);
            var kindValue = kind.Parameters.Add("@kind", SqliteType.Text);
            await using var ruleSet = Command(connection, "INSERT INTO decision_rule_sets (decision_id, ordinal, rule_set_id, version, sha256) VALUES (@id, @ordinal, @rule_set, @version, @sha)");
            var ruleSetId = ruleSet.Parameters.Add("@id", SqliteType.Text);
            var ordinal = ruleSet.Parameters.Add("@ordinal", SqliteType.Integer);
            var ruleSetValue = ruleSet.Parameters.Add("@rule_set", SqliteType.Text);
            var version = ruleSet.Parameters.Add("@version", SqliteType.Text);
            var sha = ruleSet.Parameters.Add("@sha", SqliteType.Text);

            foreach (var r in batch)
            {
                id.Value = r.DecisionId;
                caseReference.Value = r.CaseReference;
                authority.Value = r.Authority;
                date.Value = FormatDate(r.DecisionDate);
                at.Value = Instants.ToUnixMicroseconds(r.RecordedAt);
                key.Value = r.KeyId;
                nonce.Value = r.Nonce;
                sealedBytes.Value = r.Sealed;
                await record.ExecuteNonQueryAsync(cancellationToken);
                foreach (var k in r.Kinds)
                {
                    kindId.Value = r.DecisionId;
                    kindValue.Value = k;
                    await kind.ExecuteNonQueryAsync(cancellationToken);
                }

                for (var i = 0; i < r.RuleSets.Count; i++)
                {
                    ruleSetId.Value = r.DecisionId;
                    ordinal.Value = i;
                    ruleSetValue.Value = r.RuleSets[i].Id;
                    version.Value = r.RuleSets[i].Version;
                    sha.Value = r.RuleSets[i].Sha256;
                    await ruleSet.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            return 0;
        }, cancellationToken);
    }

    public async Task<RecordRow?> GetAsync(string decisionId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {RecordColumns} FROM decision_records WHERE decision_id = @id", ("@id", decisionId));
        var rows = await ReadRowsAsync(connection, command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<RecordRow>> ListAsync(ListFilter filter, string? beforeId, int limit, CancellationToken cancellationToken)
    {
        var (where, parameters) = ListSql.Conditions(filter, beforeId, d => FormatDate(d));
        parameters.Add(("@limit", limit));
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            $"SELECT {string.Join(", ", RecordColumns.Split(", ").Select(col => "r." + col))} FROM decision_records r {where} ORDER BY r.decision_id DESC LIMIT @limit",
            [.. parameters]);
        return await ReadRowsAsync(connection, command, cancellationToken);
    }

    public async Task<bool> InsertHumanDecisionAsync(SealedHumanDecision decision, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            return await InWriteTransactionAsync(connection, async () =>
            {
                await using var insert = Command(connection,
                    $"INSERT INTO human_decisions ({HumanColumns}) SELECT @outcome, @id, @kind, @follows, @role, @on, @at, @key, @nonce, @sealed " +
                    "WHERE EXISTS (SELECT 1 FROM decision_records WHERE decision_id = @id)",
                    ("@outcome", decision.OutcomeId.ToString("D")), ("@id", decision.DecisionId), ("@kind", decision.Kind),
                    ("@follows", decision.FollowsRecommendation ? 1 : 0), ("@role", decision.DeciderRole), ("@on", FormatDate(decision.DecidedOn)),
                    ("@at", Instants.ToUnixMicroseconds(decision.RecordedAt)), ("@key", decision.KeyId), ("@nonce", decision.Nonce), ("@sealed", decision.Sealed));
                return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
            }, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == 787)
        {
            // SQLITE_CONSTRAINT_FOREIGNKEY: the decision was erased between the check and the insert.
            return false;
        }
    }

    public async Task<int> EraseCaseAsync(string caseReference, string? authority, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var erased = await InWriteTransactionAsync(connection, async () =>
        {
            await using var delete = authority is null
                ? Command(connection, "DELETE FROM decision_records WHERE case_reference = @case", ("@case", caseReference))
                : Command(connection, "DELETE FROM decision_records WHERE case_reference = @case AND authority = @authority", ("@case", caseReference), ("@authority", authority));
            return await delete.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        await CheckpointAsync(connection, cancellationToken);
        return erased;
    }

    public async Task<int> DeleteRecordedBeforeAsync(string? authority, IReadOnlyCollection<string> otherwiseRetained, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var parameters = new List<(string, object)> { ("@cutoff", Instants.ToUnixMicroseconds(cutoff)), ("@chunk", DeleteChunk) };
        string scope;
        if (authority is not null)
        {
            scope = "authority = @authority";
            parameters.Add(("@authority", authority));
        }
        else if (otherwiseRetained.Count > 0)
        {
            var names = otherwiseRetained.Select((a, i) => ($"@other{i}", (object)a)).ToList();
            scope = $"authority NOT IN ({string.Join(", ", names.Select(n => n.Item1))})";
            parameters.AddRange(names);
        }
        else
        {
            scope = "1 = 1";
        }

        // In chunks, each its own short transaction, so a large expiry never holds the write lock
        // long enough to stall group commit.
        var sql = $"DELETE FROM decision_records WHERE decision_id IN (SELECT decision_id FROM decision_records WHERE recorded_at < @cutoff AND {scope} LIMIT @chunk)";
        await using var connection = await OpenAsync(cancellationToken);
        var total = 0;
        int deleted;
        do
        {
            deleted = await InWriteTransactionAsync(connection, async () =>
            {
                await using var delete = Command(connection, sql, [.. parameters]);
                return await delete.ExecuteNonQueryAsync(cancellationToken);
            }, cancellationToken);
            total += deleted;
        }
        while (deleted == DeleteChunk);

        if (total > 0)
        {
            await CheckpointAsync(connection, cancellationToken);
        }

        return total;
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ScalarAsync(connection, "SELECT count(*) FROM schema_version", cancellationToken);
    }

    public bool IsUnavailable(Exception exception) => exception switch
    {
        // BUSY, LOCKED, NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, NOTADB: the
        // database cannot take work; anything else (a constraint) is about the request.
        SqliteException e => (e.SqliteErrorCode & 0xFF) is 5 or 6 or 7 or 8 or 10 or 11 or 13 or 14 or 15 or 26,
        IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    // SQLITE_CONSTRAINT_PRIMARYKEY on decision_records (the only primary key an append can repeat).
    public bool IsDuplicateDecision(Exception exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: 1555 } e && e.Message.Contains("decision_records", StringComparison.Ordinal);

    public void ResetConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections hold the file open; close them so the directory can be moved or deleted.
        ResetConnections();
        return ValueTask.CompletedTask;
    }

    private static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task CheckpointAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // Moves erased pages out of the WAL into the (zeroed) main file. Best effort: a reader may
        // hold the WAL open, and the next checkpoint finishes the job.
        try
        {
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        }
        catch (SqliteException)
        {
        }
    }

    private static async Task<T> InWriteTransactionAsync<T>(SqliteConnection connection, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout instead
        // of deadlocking on a read-to-write upgrade.
        await ExecuteAsync(connection, "BEGIN IMMEDIATE", cancellationToken);
        try
        {
            var result = await work();
            await ExecuteAsync(connection, "COMMIT", cancellationToken);
            return result;
        }
        catch
        {
            try
            {
                await ExecuteAsync(connection, "ROLLBACK", CancellationToken.None);
            }
            catch (SqliteException)
            {
                // No transaction left to roll back (SQLite ends it on some errors).
            }

            throw;
        }
    }

    private static async Task<IReadOnlyList<RecordRow>> ReadRowsAsync(SqliteConnection connection, SqliteCommand command, CancellationToken cancellationToken)
    {
        var records = new List<SealedRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add(new SealedRecord(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), ParseDate(reader.GetString(3)),
                    Instants.FromUnixMicroseconds(reader.GetInt64(4)), [], [], reader.GetString(5),
                    (byte[])reader.GetValue(6), (byte[])reader.GetValue(7)));
            }
        }

        if (records.Count == 0)
        {
            return [];
        }

        var ids = records.Select((r, i) => ($"@id{i}", (object)r.DecisionId)).ToArray();
        var inList = string.Join(", ", ids.Select(p => p.Item1));
        var ruleSets = new Dictionary<string, List<RuleSetStamp>>(StringComparer.Ordinal);
        await using (var select = Command(connection, $"SELECT decision_id, rule_set_id, version, sha256 FROM decision_rule_sets WHERE decision_id IN ({inList}) ORDER BY decision_id, ordinal", ids))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ListSql.Bucket(ruleSets, reader.GetString(0)).Add(new RuleSetStamp(reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var humans = new Dictionary<string, List<SealedHumanDecision>>(StringComparer.Ordinal);
        await using (var select = Command(connection, $"SELECT {HumanColumns} FROM human_decisions WHERE decision_id IN ({inList}) ORDER BY decision_id, sequence", ids))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ListSql.Bucket(humans, reader.GetString(1)).Add(new SealedHumanDecision(
                    Guid.ParseExact(reader.GetString(0), "D"), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0,
                    reader.GetString(4), ParseDate(reader.GetString(5)), Instants.FromUnixMicroseconds(reader.GetInt64(6)),
                    reader.GetString(7), (byte[])reader.GetValue(8), (byte[])reader.GetValue(9)));
            }
        }

        return records.Select(r => new RecordRow(
            r with { RuleSets = ruleSets.TryGetValue(r.DecisionId, out var s) ? s : [] },
            humans.TryGetValue(r.DecisionId, out var h) ? h : [])).ToList();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

using System.Net.Sockets;
using Npgsql;
using NpgsqlTypes;

namespace AlnDecisions.Store.Internal.Postgres;

/// <summary>
/// The shared store: PostgreSQL through one Npgsql data source (its pool). A batch of appends is
/// three <c>INSERT … SELECT FROM unnest(…)</c> statements sent in one round trip and one commit,
/// whatever the batch size; the commit is durable when it returns (<c>synchronous_commit</c> is on
/// by default and must stay on for this store).
/// </summary>
internal sealed class PostgresBackend : IStoreBackend
{
    private const int DeleteChunk = 1000;
    private const string RecordColumns = "decision_id, case_reference, authority, decision_date, recorded_at, key_id, nonce, sealed";
    private const string HumanColumns = "outcome_id, decision_id, kind, follows_recommendation, decider_role, decided_on, recorded_at, key_id, nonce, sealed";
    private readonly NpgsqlDataSource _dataSource;

    public PostgresBackend(string connectionString)
    {
        _dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
    }

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Taken before anything else, even the version table's CREATE IF NOT EXISTS (which races
        // in PostgreSQL): a second process starting at once waits here, then finds nothing to do.
        await using (var lockCommand = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("key", PostgresMigrations.AdvisoryLockKey)))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(connection, transaction, PostgresMigrations.SchemaVersionTable, cancellationToken);
        var applied = new HashSet<int>();
        await using (var select = Command(connection, transaction, "SELECT version FROM schema_version"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var newlyApplied = new List<int>();
        foreach (var migration in PostgresMigrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            foreach (var statement in migration.Statements)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken);
            }

            await using var insert = Command(connection, transaction, "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, now())",
                ("v", migration.Version), ("d", migration.Description));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            newlyApplied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return newlyApplied;
    }

    public async Task AppendAsync(IReadOnlyList<SealedRecord> batch, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var commands = new NpgsqlBatch(connection, transaction);

        commands.BatchCommands.Add(Unnest(
            $"INSERT INTO decision_records ({RecordColumns}) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::timestamptz[], $6::text[], $7::bytea[], $8::bytea[])",
            (NpgsqlDbType.Text, batch.Select(r => r.DecisionId).ToArray()),
            (NpgsqlDbType.Text, batch.Select(r => r.CaseReference).ToArray()),
            (NpgsqlDbType.Text, batch.Select(r => r.Authority).ToArray()),
            (NpgsqlDbType.Date, batch.Select(r => r.DecisionDate).ToArray()),
            (NpgsqlDbType.TimestampTz, batch.Select(r => r.RecordedAt).ToArray()),
            (NpgsqlDbType.Text, batch.Select(r => r.KeyId).ToArray()),
            (NpgsqlDbType.Bytea, batch.Select(r => r.Nonce).ToArray()),
            (NpgsqlDbType.Bytea, batch.Select(r => r.Sealed).ToArray())));

        var kinds = batch.SelectMany(r => r.Kinds.Select(k => (r.DecisionId, Kind: k))).ToArray();
        if (kinds.Length > 0)
        {
            commands.BatchCommands.Add(Unnest(
                "INSERT INTO decision_kinds (decision_id, kind) SELECT * FROM unnest($1::text[], $2::text[])",
                (NpgsqlDbType.Text, kinds.Select(k => k.DecisionId).ToArray()),
                (NpgsqlDbType.Text, kinds.Select(k => k.Kind).ToArray())));
        }

        var ruleSets = batch.SelectMany(r => r.RuleSets.Select((s, i) => (r.DecisionId, Ordinal: i, Stamp: s))).ToArray();
        if (ruleSets.Length > 0)
        {
            commands.BatchCommands.Add(Unnest(
                "INSERT INTO decision_rule_sets (decision_id, ordinal, rule_set_id, version, sha256) SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[])",
                (NpgsqlDbType.Text, ruleSets.Select(s => s.DecisionId).ToArray()),
                (NpgsqlDbType.Integer, ruleSets.Select(s => s.Ordinal).ToArray()),
                (NpgsqlDbType.Text, ruleSets.Select(s => s.Stamp.Id).ToArray()),
                (NpgsqlDbType.Text, ruleSets.Select(s => s.Stamp.Version).ToArray()),
                (NpgsqlDbType.Text, ruleSets.Select(s => s.Stamp.Sha256).ToArray())));
        }

        await commands.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<RecordRow?> GetAsync(string decisionId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {RecordColumns} FROM decision_records WHERE decision_id = @id", ("id", decisionId));
        var rows = await ReadRowsAsync(connection, command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<RecordRow>> ListAsync(ListFilter filter, string? beforeId, int limit, CancellationToken cancellationToken)
    {
        var (where, parameters) = ListSql.Conditions(filter, beforeId, d => d);
        parameters.Add(("@limit", limit));
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT {string.Join(", ", RecordColumns.Split(", ").Select(col => "r." + col))} FROM decision_records r {where} ORDER BY r.decision_id DESC LIMIT @limit",
            [.. parameters]);
        return await ReadRowsAsync(connection, command, cancellationToken);
    }

    public async Task<bool> InsertHumanDecisionAsync(SealedHumanDecision decision, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var insert = Command(connection, null,
            $"INSERT INTO human_decisions ({HumanColumns}) SELECT @outcome, @id, @kind, @follows, @role, @on, @at, @key, @nonce, @sealed " +
            "WHERE EXISTS (SELECT 1 FROM decision_records WHERE decision_id = @id)",
            ("outcome", decision.OutcomeId), ("id", decision.DecisionId), ("kind", decision.Kind), ("follows", decision.FollowsRecommendation),
            ("role", decision.DeciderRole), ("on", decision.DecidedOn), ("at", decision.RecordedAt), ("key", decision.KeyId),
            ("nonce", decision.Nonce), ("sealed", decision.Sealed));
        try
        {
            return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // The decision was erased between the check and the insert.
            return false;
        }
    }

    public async Task<int> EraseCaseAsync(string caseReference, string? authority, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var delete = authority is null
            ? Command(connection, null, "DELETE FROM decision_records WHERE case_reference = @case", ("case", caseReference))
            : Command(connection, null, "DELETE FROM decision_records WHERE case_reference = @case AND authority = @authority", ("case", caseReference), ("authority", authority));
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteRecordedBeforeAsync(string? authority, IReadOnlyCollection<string> otherwiseRetained, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var parameters = new List<(string, object)> { ("cutoff", cutoff), ("chunk", DeleteChunk) };
        string scope;
        if (authority is not null)
        {
            scope = "authority = @authority";
            parameters.Add(("authority", authority));
        }
        else
        {
            scope = "NOT (authority = ANY(@others))";
            parameters.Add(("others", otherwiseRetained.ToArray()));
        }

        // In chunks, each its own transaction, so a large expiry never holds long locks.
        var sql = $"DELETE FROM decision_records WHERE decision_id IN (SELECT decision_id FROM decision_records WHERE recorded_at < @cutoff AND {scope} LIMIT @chunk)";
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var total = 0;
        int deleted;
        do
        {
            await using var delete = Command(connection, null, sql, [.. parameters]);
            deleted = await delete.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == DeleteChunk);

        return total;
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT count(*) FROM schema_version");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public bool IsUnavailable(Exception exception) => exception switch
    {
        // Connection exceptions (08), shutdown and start-up (57P01-57P03), out of resources (53),
        // I/O (58030), and a read-only standby after a failover (25006).
        PostgresException e => e.SqlState.StartsWith("08", StringComparison.Ordinal)
            || e.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
                or "58030" or PostgresErrorCodes.ReadOnlySqlTransaction
            || e.SqlState.StartsWith("53", StringComparison.Ordinal),
        // Everything else Npgsql throws itself is about reaching the server: refused, reset, timed out.
        NpgsqlException => true,
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    public bool IsDuplicateDecision(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "decision_records" };

    public void ResetConnections() => _dataSource.Clear();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static NpgsqlBatchCommand Unnest(string sql, params (NpgsqlDbType Type, Array Values)[] columns)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (type, values) in columns)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | type, Value = values });
        }

        return command;
    }

    private static async Task<IReadOnlyList<RecordRow>> ReadRowsAsync(NpgsqlConnection connection, NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var records = new List<SealedRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add(new SealedRecord(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
                    reader.GetFieldValue<DateTimeOffset>(4), [], [], reader.GetString(5),
                    reader.GetFieldValue<byte[]>(6), reader.GetFieldValue<byte[]>(7)));
            }
        }

        if (records.Count == 0)
        {
            return [];
        }

        var ids = records.Select(r => r.DecisionId).ToArray();
        var ruleSets = new Dictionary<string, List<RuleSetStamp>>(StringComparer.Ordinal);
        await using (var select = Command(connection, null, "SELECT decision_id, rule_set_id, version, sha256 FROM decision_rule_sets WHERE decision_id = ANY(@ids) ORDER BY decision_id, ordinal", ("ids", ids)))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ListSql.Bucket(ruleSets, reader.GetString(0)).Add(new RuleSetStamp(reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var humans = new Dictionary<string, List<SealedHumanDecision>>(StringComparer.Ordinal);
        await using (var select = Command(connection, null, $"SELECT {HumanColumns} FROM human_decisions WHERE decision_id = ANY(@ids) ORDER BY decision_id, sequence", ("ids", ids)))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ListSql.Bucket(humans, reader.GetString(1)).Add(new SealedHumanDecision(
                    reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.GetString(4),
                    reader.GetFieldValue<DateOnly>(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetString(7),
                    reader.GetFieldValue<byte[]>(8), reader.GetFieldValue<byte[]>(9)));
            }
        }

        return records.Select(r => new RecordRow(
            r with { RuleSets = ruleSets.TryGetValue(r.DecisionId, out var s) ? s : [] },
            humans.TryGetValue(r.DecisionId, out var h) ? h : [])).ToList();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using AlnDecisions.Store.Configuration;
using Npgsql;

namespace AlnDecisions.Store.Tests.Infrastructure;

/// <summary>A database of its own per test on the run's one PostgreSQL server.</summary>
public sealed class PostgresTarget(PostgresServer server) : StoreTarget
{
    public PostgresServer Server => server;

    public override async Task<DecisionStoreOptions> NewDatabaseAsync()
    {
        var options = new DecisionStoreOptions
        {
            Backend = DecisionStoreBackend.PostgreSql,
            PostgreSqlConnectionString = await server.CreateDatabaseAsync(),
        };
        UseTestKey(options);
        return options;
    }

    public override async Task<IReadOnlyList<byte[]>> RawFilesAsync(DecisionStoreOptions options)
    {
        // What a copier of the cluster's files would get: this database's directory and the WAL,
        // after a checkpoint has written every page out.
        await using var connection = new NpgsqlConnection(options.PostgreSqlConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection))
        {
            await checkpoint.ExecuteNonQueryAsync();
        }

        await using var oid = new NpgsqlCommand("SELECT oid FROM pg_database WHERE datname = current_database()", connection);
        var databaseOid = Convert.ToString(await oid.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        var paths = Directory.GetFiles(Path.Combine(server.DataDirectory, "base", databaseOid))
            .Concat(Directory.GetFiles(Path.Combine(server.DataDirectory, "pg_wal")));
        var files = new List<byte[]>();
        foreach (var path in paths)
        {
            files.Add(await File.ReadAllBytesAsync(path));
        }

        return files;
    }

    public override async Task<IAsyncDisposable> HoldWriteLockAsync(DecisionStoreOptions options)
    {
        var connection = new NpgsqlConnection(options.PostgreSqlConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("LOCK TABLE decision_records IN SHARE ROW EXCLUSIVE MODE", connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new Lock(connection, transaction);
    }

    public override async Task ExecuteAsync(DecisionStoreOptions options, string sql)
    {
        await using var connection = new NpgsqlConnection(options.PostgreSqlConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<IReadOnlyList<int>> SchemaVersionsAsync(DecisionStoreOptions options)
    {
        await using var connection = new NpgsqlConnection(options.PostgreSqlConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private sealed class Lock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await connection.DisposeAsync();
        }
    }
}

using AlnDecisions.Store.Configuration;
using Microsoft.Data.Sqlite;

namespace AlnDecisions.Store.Tests.Infrastructure;

/// <summary>SQLite in a real file under a temporary directory per test.</summary>
public sealed class SqliteTarget : StoreTarget, IDisposable
{
    private readonly List<string> _directories = [];

    public override Task<DecisionStoreOptions> NewDatabaseAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aln-store-sqlite-" + Guid.NewGuid().ToString("N"));
        _directories.Add(directory);
        var options = new DecisionStoreOptions { Backend = DecisionStoreBackend.Sqlite, DataDirectory = directory };
        UseTestKey(options);
        return Task.FromResult(options);
    }

    public override async Task<IReadOnlyList<byte[]>> RawFilesAsync(DecisionStoreOptions options)
    {
        var files = new List<byte[]>();
        foreach (var path in Directory.GetFiles(options.DataDirectory))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            files.Add(copy.ToArray());
        }

        return files;
    }

    public override async Task<IAsyncDisposable> HoldWriteLockAsync(DecisionStoreOptions options)
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath(options)};Pooling=False");
        await connection.OpenAsync();
        await using (var begin = new SqliteCommand("BEGIN IMMEDIATE", connection))
        {
            await begin.ExecuteNonQueryAsync();
        }

        return new Lock(connection);
    }

    public override async Task ExecuteAsync(DecisionStoreOptions options, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath(options)};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<IReadOnlyList<int>> SchemaVersionsAsync(DecisionStoreOptions options)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath(options)};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT version FROM schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    public static string DatabasePath(DecisionStoreOptions options) => Path.Combine(options.DataDirectory, options.SqliteFileName);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var directory in _directories)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed class Lock(SqliteConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var rollback = new SqliteCommand("ROLLBACK", connection))
            {
                await rollback.ExecuteNonQueryAsync();
            }

            await connection.DisposeAsync();
        }
    }
}

using AlnDecisions.Store.Configuration;
using AlnDecisions.Store.Internal;
using AlnDecisions.Store.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AlnDecisions.Store.Tests;

/// <summary>The store contract on SQLite, a real file in a temporary directory, plus what only the embedded default does.</summary>
public sealed class SqliteDecisionStoreTests : DecisionStoreContract, IDisposable
{
    private readonly SqliteTarget _target;

    public SqliteDecisionStoreTests(ITestOutputHelper output)
        : this(new SqliteTarget(), output)
    {
    }

    private SqliteDecisionStoreTests(SqliteTarget target, ITestOutputHelper output)
        : base(target, output)
    {
        _target = target;
    }

    [Theory]
    [InlineData("secretbytes{")]
    [InlineData("{\"ActiveKeyId\": \"k1\", \"Keys\": {}}")]
    public async Task StartAsync_DamagedKeyFile_RefusedNamingTheFileAndNotItsContent(string content)
    {
        var options = await _target.NewDatabaseAsync();
        options.Encryption = new DecisionStoreEncryptionOptions();
        Directory.CreateDirectory(options.DataDirectory);
        var keyFile = Path.Combine(options.DataDirectory, LocalKeyFile.FileName);
        await File.WriteAllTextAsync(keyFile, content);
        await using var store = new DecisionStore(options, Clock);

        var refused = await FluentActions.Awaiting(() => store.StartAsync()).Should().ThrowAsync<InvalidDataException>();

        refused.Which.Message.Should().Contain(keyFile).And.NotContain("secret");
        refused.Which.InnerException.Should().BeNull("a parser's message would quote the key's bytes");
        File.ReadAllText(keyFile).Should().Be(content, "a damaged key file is never replaced: the records sealed with it would be lost");
    }

    [Fact]
    public async Task StartAsync_NoDataDirectoryAndNoKey_CreatesBothAndTheDatabaseInWalMode()
    {
        var options = await _target.NewDatabaseAsync();
        options.Encryption = new DecisionStoreEncryptionOptions();
        options.DataDirectory = Path.Combine(options.DataDirectory, "nested", "data");
        await using (var store = new DecisionStore(options, Clock))
        {
            await store.AppendAsync(Decisions.Record());
        }

        var keyFile = Path.Combine(options.DataDirectory, LocalKeyFile.FileName);
        File.Exists(keyFile).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await using var connection = new SqliteConnection($"Data Source={SqliteTarget.DatabasePath(options)};Pooling=False");
        await connection.OpenAsync();
        await using var mode = new SqliteCommand("PRAGMA journal_mode", connection);
        ((string?)await mode.ExecuteScalarAsync()).Should().Be("wal");
        await using var versions = new SqliteCommand("SELECT count(*) FROM schema_version", connection);
        ((long)(await versions.ExecuteScalarAsync())!).Should().Be(1);

        // The same generated key reads the record back after a restart.
        await using var reopened = new DecisionStore(options, Clock);
        (await reopened.ListAsync(new DecisionQuery())).Page!.Decisions.Should().ContainSingle();
    }

    [Fact]
    public async Task DecisionStoreStartup_HostStarts_OpensTheDatabaseBeforeAnyDecision()
    {
        var options = await _target.NewDatabaseAsync();
        var store = Track(new DecisionStore(options, Clock));
        var startup = new DecisionStoreStartup(store);

        await startup.StartAsync(CancellationToken.None);

        File.Exists(SqliteTarget.DatabasePath(options)).Should().BeTrue();
        (await Target.SchemaVersionsAsync(options)).Should().NotBeEmpty();
        await startup.StopAsync(CancellationToken.None);
        await store.AppendAsync(Decisions.Record());
    }

    [Fact]
    public async Task EraseCaseAsync_SqliteFiles_KeepNoTraceOfTheErasedCaseReference()
    {
        var (store, options) = await NewStoreAsync();
        var erased = Decisions.Record("case-erased-" + Guid.NewGuid().ToString("N"));
        var kept = Decisions.Record("case-kept-" + Guid.NewGuid().ToString("N"));
        await store.AppendAsync(erased);
        await store.AppendAsync(kept);

        (await store.EraseCaseAsync(erased.CaseReference)).Should().Be(1);
        var files = await Target.RawFilesAsync(options);

        files.Should().Contain(f => Contains(f, kept.CaseReference));
        files.Should().NotContain(f => Contains(f, erased.CaseReference), "secure_delete zeroes erased rows and the checkpoint empties the WAL");
    }

    [Fact]
    public async Task AppendAsync_DatabaseLockedBeyondTheBusyTimeout_FailsFastThenRecovers()
    {
        var (store, options) = await NewStoreAsync(o => o.RetryInterval = TimeSpan.FromMilliseconds(200));
        await store.StartAsync();
        var clock = TimeProvider.System;
        var reliable = new DecisionStore(options, clock);
        await using (reliable)
        {
            await reliable.StartAsync();
            Task blocked;
            await using (await Target.HoldWriteLockAsync(options))
            {
                blocked = reliable.AppendAsync(Decisions.Record());

                // The busy timeout (5 s) runs out: the append fails as unavailable, not as a hang.
                var failure = await Assert.ThrowsAsync<DecisionStoreUnavailableException>(() => blocked);
                failure.Reason.Should().Be(StoreUnavailableReason.DatabaseUnavailable);

                // While the store is marked down, appends fail at once.
                var started = clock.GetTimestamp();
                await Assert.ThrowsAsync<DecisionStoreUnavailableException>(() => reliable.AppendAsync(Decisions.Record()));
                clock.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(1));
            }

            var record = Decisions.Record();
            await Eventually(() => reliable.AppendAsync(record));
            (await reliable.GetAsync(record.DecisionId)).Should().NotBeNull();
        }
    }

    public void Dispose() => _target.Dispose();

    internal static async Task Eventually(Func<Task> append)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                await append();
                return;
            }
            catch (DecisionStoreUnavailableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}

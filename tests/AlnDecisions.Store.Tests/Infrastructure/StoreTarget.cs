using System.Security.Cryptography;
using AlnDecisions.Store.Configuration;

namespace AlnDecisions.Store.Tests.Infrastructure;

/// <summary>One backend the shared store tests run against, with the few things only it can do (look at its raw files, hold its write lock).</summary>
public abstract class StoreTarget
{
    public const string TestKeyId = "test-2025";

    /// <summary>A key for this test run only.</summary>
    public static readonly string TestKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Options for a new, empty database of this backend, with the test key.</summary>
    public abstract Task<DecisionStoreOptions> NewDatabaseAsync();

    /// <summary>Every byte a person who copied this database's files would have, after they are flushed to disk.</summary>
    public abstract Task<IReadOnlyList<byte[]>> RawFilesAsync(DecisionStoreOptions options);

    /// <summary>Blocks appends by holding a conflicting lock from another connection until disposed.</summary>
    public abstract Task<IAsyncDisposable> HoldWriteLockAsync(DecisionStoreOptions options);

    /// <summary>Runs SQL against the database directly, bypassing the store (to tamper, as an attacker with the file would).</summary>
    public abstract Task ExecuteAsync(DecisionStoreOptions options, string sql);

    /// <summary>The versions recorded in schema_version, one per applied migration.</summary>
    public abstract Task<IReadOnlyList<int>> SchemaVersionsAsync(DecisionStoreOptions options);

    protected static void UseTestKey(DecisionStoreOptions options)
    {
        options.Encryption.Keys[TestKeyId] = TestKey;
        options.Encryption.ActiveKeyId = TestKeyId;
    }
}

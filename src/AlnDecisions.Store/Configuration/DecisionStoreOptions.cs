namespace AlnDecisions.Store.Configuration;

/// <summary>The decision store's configuration (section <c>DecisionStore</c>). Every default is usable as it is.</summary>
public sealed class DecisionStoreOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "DecisionStore";

    /// <summary>
    /// SQLite with no configured key: the key file generated beside the database on first use. A
    /// reader of an existing data directory (aln-rules replay) needs it as much as the host does.
    /// </summary>
    public const string LocalKeyFileName = "decision-store.key.json";

    /// <summary>Which database holds the record. Default: <see cref="DecisionStoreBackend.Sqlite"/>.</summary>
    public DecisionStoreBackend Backend { get; set; } = DecisionStoreBackend.Sqlite;

    /// <summary>
    /// SQLite: the directory the database file (and, with no configured key, the key file) lives
    /// in; created on first use. Relative paths are from the working directory. Default: <c>data</c>.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite: the database file's name inside <see cref="DataDirectory"/>. Default: <c>decisions.db</c>.</summary>
    public string SqliteFileName { get; set; } = "decisions.db";

    /// <summary>
    /// PostgreSQL: an Npgsql connection string. Default: none; required for that backend. Its
    /// <c>Timeout</c> (connect; Npgsql's default 15 s) and <c>Command Timeout</c> (30 s) bound how long
    /// a server that hangs rather than refuses can hold a batch; meanwhile the bounded queue refuses
    /// new appends. Leave <c>Include Error Detail</c> off: details may quote stored values.
    /// </summary>
    public string? PostgreSqlConnectionString { get; set; }

    /// <summary>
    /// How many appends may wait for the next commit, 1 to 1,000,000; one more fails fast with
    /// <see cref="DecisionStoreUnavailableException"/>. Default: 8192.
    /// </summary>
    public int QueueCapacity { get; set; } = 8192;

    /// <summary>The most appends one transaction commits, 1 to 10,000. Default: 512.</summary>
    public int MaxBatchSize { get; set; } = 512;

    /// <summary>
    /// After the database fails, how long appends fail fast before the store tries it again, 10 ms
    /// to 5 minutes. Default: 1 second.
    /// </summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Encryption keys.</summary>
    public DecisionStoreEncryptionOptions Encryption { get; set; } = new();

    /// <summary>Retention per authority.</summary>
    public DecisionRetentionOptions Retention { get; set; } = new();
}

namespace AlnDecisions.Store.Configuration;

/// <summary>Which database holds the record.</summary>
public enum DecisionStoreBackend
{
    /// <summary>An SQLite file under <see cref="DecisionStoreOptions.DataDirectory"/>: the embedded default, no set-up.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL through Npgsql: the shared store for several hosts.</summary>
    PostgreSql = 1,
}

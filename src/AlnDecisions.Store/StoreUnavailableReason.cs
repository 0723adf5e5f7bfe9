namespace AlnDecisions.Store;

/// <summary>Why the store could not take or answer a request just now.</summary>
public enum StoreUnavailableReason
{
    /// <summary>The database did not answer or refused the work (down, unreachable, disk full, locked).</summary>
    DatabaseUnavailable = 1,

    /// <summary>The append queue is full: the database is slower than the callers.</summary>
    QueueFull = 2,

    /// <summary>The store is shutting down.</summary>
    ShuttingDown = 3,
}

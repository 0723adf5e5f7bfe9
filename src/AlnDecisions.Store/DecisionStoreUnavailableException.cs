namespace AlnDecisions.Store;

/// <summary>
/// The store cannot durably record or read just now. Thrown at once rather than after a wait; the
/// server maps it to gRPC <c>UNAVAILABLE</c> and never answers a decision it could not record. The
/// store recovers by itself when the database comes back.
/// </summary>
public sealed class DecisionStoreUnavailableException : Exception
{
    /// <summary>Creates the exception for <paramref name="reason"/>.</summary>
    public DecisionStoreUnavailableException(StoreUnavailableReason reason, Exception? innerException = null)
        : base(MessageFor(reason), innerException)
    {
        Reason = reason;
    }

    /// <summary>Creates the exception with the default reason (the database is unavailable).</summary>
    public DecisionStoreUnavailableException()
        : this(StoreUnavailableReason.DatabaseUnavailable)
    {
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    public DecisionStoreUnavailableException(string message)
        : base(message)
    {
        Reason = StoreUnavailableReason.DatabaseUnavailable;
    }

    /// <summary>Creates the exception with a message of the caller's and the cause.</summary>
    public DecisionStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = StoreUnavailableReason.DatabaseUnavailable;
    }

    /// <summary>Why the store is unavailable.</summary>
    public StoreUnavailableReason Reason { get; }

    private static string MessageFor(StoreUnavailableReason reason) => reason switch
    {
        StoreUnavailableReason.QueueFull => "The decision store's append queue is full.",
        StoreUnavailableReason.ShuttingDown => "The decision store is shutting down.",
        _ => "The decision store's database is unavailable.",
    };
}

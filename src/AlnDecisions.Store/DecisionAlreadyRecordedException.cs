namespace AlnDecisions.Store;

/// <summary>A record with the same decision id is already stored. Decision ids are ULIDs, so this is a bug in the caller, never a retry case.</summary>
public sealed class DecisionAlreadyRecordedException : Exception
{
    /// <summary>Creates the exception for <paramref name="decisionId"/>.</summary>
    public DecisionAlreadyRecordedException(string decisionId, Exception? innerException)
        : base($"Decision {decisionId} is already recorded.", innerException)
    {
        DecisionId = decisionId;
    }

    /// <summary>Creates the exception.</summary>
    public DecisionAlreadyRecordedException()
        : base("The decision is already recorded.")
    {
        DecisionId = string.Empty;
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    public DecisionAlreadyRecordedException(string message)
        : base(message)
    {
        DecisionId = string.Empty;
    }

    /// <summary>The decision id that is already recorded.</summary>
    public string DecisionId { get; }
}

namespace AlnDecisions.Store;

/// <summary>
/// A stored record cannot be decrypted: its key id is not configured (a retired key was removed
/// too early), or its ciphertext or associated data was altered. Never answered with a guess.
/// </summary>
public sealed class DecisionRecordUnreadableException : Exception
{
    /// <summary>Creates the exception for the record <paramref name="decisionId"/>.</summary>
    public DecisionRecordUnreadableException(string decisionId, string keyId, bool keyMissing, Exception? innerException = null)
        : base(keyMissing
            ? $"Decision {decisionId} was sealed with key '{keyId}', which is not configured."
            : $"Decision {decisionId} failed authentication under key '{keyId}': the stored record was altered.", innerException)
    {
        DecisionId = decisionId;
        KeyId = keyId;
        KeyMissing = keyMissing;
    }

    /// <summary>Creates the exception.</summary>
    public DecisionRecordUnreadableException()
        : this("The decision record cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    public DecisionRecordUnreadableException(string message)
        : base(message)
    {
        DecisionId = string.Empty;
        KeyId = string.Empty;
    }

    /// <summary>Creates the exception with a message of the caller's and the cause.</summary>
    public DecisionRecordUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
        DecisionId = string.Empty;
        KeyId = string.Empty;
    }

    /// <summary>The record that cannot be read.</summary>
    public string DecisionId { get; }

    /// <summary>The key id the record names.</summary>
    public string KeyId { get; }

    /// <summary>True when the key is not configured; false when authentication failed.</summary>
    public bool KeyMissing { get; }
}

namespace AlnDecisions.Store.Configuration;

/// <summary>
/// Keys for AES-256-GCM encryption at rest. Every record names the key it was sealed with, so
/// rotation is: add a new key, make it active, and keep the old one configured for as long as
/// records sealed with it are retained.
/// </summary>
public sealed class DecisionStoreEncryptionOptions
{
    /// <summary>The key id new records are sealed with. Default: none; required when <see cref="Keys"/> is given.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>
    /// Key id to key, each 32 random bytes in base64 (e.g. <c>openssl rand -base64 32</c>). Key ids
    /// are 1 to 64 characters of letters, digits, '-', '_' and '.'. Default: none. With none, the
    /// SQLite backend generates a key file in the data directory on first use (logged as a
    /// warning: a copy of the database alone reveals nothing, but a copy of the whole directory
    /// does); the PostgreSQL backend refuses to start.
    /// </summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);
}

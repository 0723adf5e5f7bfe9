using AlnDecisions.Store.Configuration;

namespace AlnDecisions.Store.Internal;

/// <summary>The AES-256 keys by id, and which one seals new records. Immutable once built.</summary>
internal sealed class KeyRing
{
    private readonly Dictionary<string, byte[]> _keys;

    public KeyRing(string activeKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        if (!keys.ContainsKey(activeKeyId))
        {
            throw new ArgumentException("The active key must be one of the keys.", nameof(activeKeyId));
        }

        ActiveKeyId = activeKeyId;
        _keys = new Dictionary<string, byte[]>(keys, StringComparer.Ordinal);
    }

    public string ActiveKeyId { get; }

    public ReadOnlySpan<byte> ActiveKey => _keys[ActiveKeyId];

    public bool TryGet(string keyId, out byte[] key) => _keys.TryGetValue(keyId, out key!);

    /// <summary>The configured keys; the options validator has already checked them.</summary>
    public static KeyRing FromOptions(DecisionStoreEncryptionOptions options) =>
        new(options.ActiveKeyId!, options.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal));
}

using System.Security.Cryptography;
using System.Text;

namespace AlnDecisions.Store.Internal;

/// <summary>
/// AES-256-GCM with a random 96-bit nonce per sealed value and the row's identity as associated
/// data, so a ciphertext moved onto another row fails authentication instead of reading as that
/// row's facts. Random nonces are safe for far more values per key than a key should seal before
/// it is rotated (NIST SP 800-38D: 2^32).
/// </summary>
internal sealed class RecordCipher(KeyRing keys)
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    public string ActiveKeyId => keys.ActiveKeyId;

    public static byte[] RecordAssociatedData(string decisionId) =>
        Encoding.UTF8.GetBytes("aln-decisions/decision-record/v1/" + decisionId);

    public static byte[] HumanDecisionAssociatedData(string decisionId, Guid outcomeId) =>
        Encoding.UTF8.GetBytes($"aln-decisions/human-decision/v1/{decisionId}/{outcomeId:N}");

    /// <summary>Seals <paramref name="plaintext"/> under the active key; the result is ciphertext then tag.</summary>
    public (byte[] Nonce, byte[] Sealed) Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var sealedBytes = new byte[plaintext.Length + TagSize];
        using var aes = new AesGcm(keys.ActiveKey, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(0, plaintext.Length), sealedBytes.AsSpan(plaintext.Length), associatedData);
        return (nonce, sealedBytes);
    }

    /// <summary>Opens a sealed value; throws <see cref="DecisionRecordUnreadableException"/> for a missing key or a failed tag.</summary>
    public byte[] Open(string decisionId, string keyId, byte[] nonce, byte[] sealedBytes, ReadOnlySpan<byte> associatedData)
    {
        if (!keys.TryGet(keyId, out var key))
        {
            throw new DecisionRecordUnreadableException(decisionId, keyId, keyMissing: true);
        }

        if (nonce.Length != NonceSize || sealedBytes.Length < TagSize)
        {
            throw new DecisionRecordUnreadableException(decisionId, keyId, keyMissing: false);
        }

        var plaintext = new byte[sealedBytes.Length - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(nonce, sealedBytes.AsSpan(0, plaintext.Length), sealedBytes.AsSpan(plaintext.Length), plaintext, associatedData);
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new DecisionRecordUnreadableException(decisionId, keyId, keyMissing: false, e);
        }

        return plaintext;
    }
}

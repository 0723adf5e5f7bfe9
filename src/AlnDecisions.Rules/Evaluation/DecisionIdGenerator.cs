using System.Security.Cryptography;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// ULIDs for decisions: 48 bits of Unix milliseconds then 80 random bits, in Crockford base 32,
/// so ids sort by the time they were made and do not collide in practice across replicas.
/// </summary>
public sealed class DecisionIdGenerator(TimeProvider clock)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new 26-character id.</summary>
    public string Next()
    {
        var value = (UInt128)(ulong)clock.GetUtcNow().ToUnixTimeMilliseconds() << 80;
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        for (var i = 0; i < random.Length; i++)
        {
            value |= (UInt128)random[i] << (8 * (9 - i));
        }

        Span<char> chars = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(ulong)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }
}

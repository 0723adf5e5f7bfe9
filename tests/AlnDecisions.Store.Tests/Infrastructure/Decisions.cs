using System.Security.Cryptography;
using System.Text;

namespace AlnDecisions.Store.Tests.Infrastructure;

/// <summary>
/// Decision records made the way the server makes them: a ULID, and request and response bytes
/// that hold case facts. Each carries a marker unique to it, so a scan of raw files can look for
/// that decision's facts and nothing else's.
/// </summary>
public static class Decisions
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static long _lastMilliseconds;

    public static readonly IReadOnlyList<RuleSetStamp> RuleSets =
    [
        new("national-aln-determination", "2025.1", "9f2c4e1a7b3d5f60718293a4b5c6d7e8f9012345678901234567890abcdef12"),
        new("gwynedd-idp-principles", "2024.3", "0aa1bb2cc3dd4ee5ff60718293a4b5c6d7e8f9012345678901234567890abcd"),
    ];

    /// <summary>A new ULID, strictly later than the last one made here (so tests can rely on order).</summary>
    public static string NewId()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        long ms;
        long last;
        do
        {
            last = Interlocked.Read(ref _lastMilliseconds);
            ms = Math.Max(now, last + 1);
        }
        while (Interlocked.CompareExchange(ref _lastMilliseconds, ms, last) != last);

        var value = (UInt128)(ulong)ms << 80;
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

    public static string Marker() => "fact-marker-" + Guid.NewGuid().ToString("N");

    public static DecisionRecord Record(
        string? caseReference = null,
        string authority = "gwynedd",
        DateOnly? decisionDate = null,
        string? marker = null,
        params KindOutcome[] kinds)
    {
        var id = NewId();
        marker ??= Marker();
        caseReference ??= "case-" + Guid.NewGuid().ToString("N")[..12];
        kinds = kinds.Length == 0 ? [new KindOutcome("ALN_DETERMINATION", "HAS_ALN")] : kinds;
        var request = Encoding.UTF8.GetBytes(
            "{\"caseReference\":\"" + caseReference + "\",\"authority\":\"" + authority +
            "\",\"learner\":{\"dateOfBirth\":\"2016-05-04\",\"needs\":{\"significantlyGreaterDifficulty\":true,\"note\":\"" + marker + "-request\"}}}");
        var decisions = string.Join(",", kinds.Select(k => "{\"kind\":\"" + k.Kind + "\",\"outcome\":\"" + k.Outcome + "\",\"explanation\":\"" + marker + "-response\"}"));
        var response = Encoding.UTF8.GetBytes("{\"decisionId\":\"" + id + "\",\"decisions\":[" + decisions + "]}");
        return new DecisionRecord(id, caseReference, authority, decisionDate ?? new DateOnly(2025, 10, 1), kinds, RuleSets, request, response);
    }
}

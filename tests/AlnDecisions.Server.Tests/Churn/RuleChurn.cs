using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace AlnDecisions.Server.Tests.Churn;

/// <summary>
/// Edits, breaks and restores one rule file the way a policy officer might: a good edit (an
/// outcome's text changes, so the file's SHA-256 does), a broken edit (stamped with a version that
/// must never be seen, and an expression the allow-list refuses), then the original again. Every
/// content that may serve is recorded by its SHA-256.
/// </summary>
public sealed class RuleChurn
{
    public const string RuleSetId = "national.aln-determination";

    private readonly string _file;
    private readonly string _original;
    private int _edits;

    public RuleChurn(string rulesDirectory)
    {
        _file = Path.Combine(rulesDirectory, "national", "aln-determination.json");
        _original = File.ReadAllText(_file);
        Valid.TryAdd(Sha(_original), "original");
    }

    /// <summary>Every content that may serve (the original and each good edit), by SHA-256.</summary>
    public ConcurrentDictionary<string, string> Valid { get; } = new(StringComparer.Ordinal);

    /// <summary>Every broken content written, by SHA-256: none of these may ever be served.</summary>
    public ConcurrentDictionary<string, string> Broken { get; } = new(StringComparer.Ordinal);

    /// <summary>The version every broken edit claims.</summary>
    public const string BrokenVersion = "churn-broken";

    public string GoodEdit()
    {
        var n = Interlocked.Increment(ref _edits);
        var text = _original.Replace("\"en\": \"The only reason recorded", $"\"en\": \"[edit {n}] The only reason recorded", StringComparison.Ordinal);
        // Recorded before it is written: a decision may be stamped with it the moment it lands.
        var sha = Sha(text);
        Valid.TryAdd(sha, $"good edit {n}");
        File.WriteAllText(_file, text);
        return sha;
    }

    public string BrokenEdit()
    {
        var n = Interlocked.Increment(ref _edits);
        var text = _original.Replace("\"version\": \"2021-09-01\"", $"\"version\": \"{BrokenVersion}-{n}\"", StringComparison.Ordinal)
            .Replace("\"Expression\": \"", "\"Expression\": \"learner.GetType().Assembly.FullName != \\\"\\\" || ", StringComparison.Ordinal);
        var sha = Sha(text);
        Broken.TryAdd(sha, $"broken edit {n}");
        File.WriteAllText(_file, text);
        return sha;
    }

    public void Restore() => File.WriteAllText(_file, _original);

    public string OriginalSha => Sha(_original);

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

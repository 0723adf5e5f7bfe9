using System.Text.Json;

namespace AlnDecisions.Cli.Reports.Caseload;

/// <summary>Which of the 22 authorities share a boundary (rules/geography/adjacency.json, cited there).</summary>
public sealed class Adjacency
{
    private readonly HashSet<(string, string)> _pairs;

    private Adjacency(HashSet<(string, string)> pairs) => _pairs = pairs;

    /// <summary>Where the data lives, relative to a rules directory.</summary>
    public const string RelativePath = "geography/adjacency.json";

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> share a boundary (over land or water).</summary>
    public bool AreNeighbours(string a, string b) => _pairs.Contains((a, b)) || _pairs.Contains((b, a));

    /// <summary>The neighbours of <paramref name="authority"/>.</summary>
    public IReadOnlyList<string> NeighboursOf(string authority) =>
        _pairs.Where(p => p.Item1 == authority).Select(p => p.Item2)
            .Concat(_pairs.Where(p => p.Item2 == authority).Select(p => p.Item1))
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>Reads the adjacency data of <paramref name="rulesDirectory"/>; a missing or malformed file is a one-line failure.</summary>
    public static Adjacency Load(string rulesDirectory)
    {
        var path = Path.Combine(rulesDirectory, RelativePath);
        if (!File.Exists(path))
        {
            throw new Hosting.CommandFailedException($"{path}: no such file; the adjacency of the 22 authorities lives there");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var pairs = new HashSet<(string, string)>();
            foreach (var pair in document.RootElement.GetProperty("pairs").EnumerateArray())
            {
                var between = pair.GetProperty("between");
                pairs.Add((between[0].GetString()!, between[1].GetString()!));
            }

            return new Adjacency(pairs);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new Hosting.CommandFailedException($"{path}: not adjacency data ({{\"pairs\": [{{\"between\": [a, b]}}]}}): {ex.Message}");
        }
    }
}

using AlnDecisions.Rules.Catalog;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Cli.Reports.Diff;

/// <summary>One difference in words: what changed, and its value before and after (null when added or removed).</summary>
public sealed record FieldChange(string Field, string? Was, string? Now);

/// <summary>A rule added, removed or changed within a rule-set version.</summary>
public sealed record RuleChange(string Rule, string Change, IReadOnlyList<FieldChange> Fields);

/// <summary>A rule-set version added, removed or changed.</summary>
public sealed record RuleSetChange(
    string Authority,
    string Kind,
    string RuleSet,
    string Version,
    string File,
    string Change,
    IReadOnlyList<FieldChange> Envelope,
    IReadOnlyList<RuleChange> Rules);

/// <summary>
/// What changed between two rules directories, file content against file content: rule-set
/// versions (by id and version) added, removed or changed, and within each the envelope (effective
/// dates, status, source, parameters, signposting) and every rule (expression, outcome, citations,
/// text, next steps, further answers, and the order, since the first rule that passes decides).
/// </summary>
public static class RuleDirectoryDiff
{
    /// <summary>A rule set or rule only the new directory has.</summary>
    public const string Added = "added";

    /// <summary>A rule set or rule only the old directory has.</summary>
    public const string Removed = "removed";

    /// <summary>A rule set or rule both have, written differently.</summary>
    public const string Changed = "changed";

    /// <summary>Every rule set that differs between <paramref name="oldDirectory"/> and <paramref name="newDirectory"/>, with how.</summary>
    public static async Task<IReadOnlyList<RuleSetChange>> CompareAsync(string oldDirectory, string newDirectory)
    {
        var before = await ReadAsync(oldDirectory);
        var after = await ReadAsync(newDirectory);
        var changes = new List<RuleSetChange>();
        foreach (var (key, old) in before)
        {
            if (!after.TryGetValue(key, out var now))
            {
                changes.Add(new RuleSetChange(old.Authority, old.Kind, old.Id, old.Version, old.File, Removed, [], []));
                continue;
            }

            var envelope = Leaves(old.Envelope, now.Envelope, string.Empty).ToList();
            if (old.File != now.File)
            {
                envelope.Insert(0, new FieldChange("file", old.File, now.File));
            }

            var rules = CompareRules(old.Rules, now.Rules);
            if (envelope.Count > 0 || rules.Count > 0)
            {
                changes.Add(new RuleSetChange(now.Authority, now.Kind, now.Id, now.Version, now.File, Changed, envelope, rules));
            }
        }

        foreach (var (key, now) in after)
        {
            if (!before.ContainsKey(key))
            {
                var fields = new List<FieldChange>
                {
                    new("effectiveFrom", null, (string?)now.Envelope["effectiveFrom"]),
                    new("effectiveTo", null, Text(now.Envelope["effectiveTo"])),
                    new("rules", null, string.Join(", ", now.Rules.Select(r => (string?)r["RuleName"]))),
                };
                changes.Add(new RuleSetChange(now.Authority, now.Kind, now.Id, now.Version, now.File, Added, fields, []));
            }
        }

        return changes
            .OrderBy(c => c.Authority == "national" ? 0 : 1).ThenBy(c => c.Authority, StringComparer.Ordinal)
            .ThenBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.RuleSet, StringComparer.Ordinal).ThenBy(c => c.Version, StringComparer.Ordinal)
            .ToArray();
    }

    private static List<RuleChange> CompareRules(IReadOnlyList<JObject> before, IReadOnlyList<JObject> after)
    {
        static string Name(JObject rule) => (string?)rule["RuleName"] ?? "?";
        var old = before.ToDictionary(Name, StringComparer.Ordinal);
        var now = after.ToDictionary(Name, StringComparer.Ordinal);
        var changes = new List<RuleChange>();
        foreach (var rule in before.Where(r => !now.ContainsKey(Name(r))))
        {
            changes.Add(new RuleChange(Name(rule), Removed, [new FieldChange("expression", (string?)rule["Expression"], null), new FieldChange("outcome", (string?)rule["Properties"]?["outcome"], null)]));
        }

        foreach (var rule in after)
        {
            if (!old.TryGetValue(Name(rule), out var was))
            {
                var position = after.ToList().IndexOf(rule) + 1;
                changes.Add(new RuleChange(Name(rule), Added,
                [
                    new FieldChange("position", null, position.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FieldChange("expression", null, (string?)rule["Expression"]),
                    new FieldChange("outcome", null, (string?)rule["Properties"]?["outcome"]),
                    new FieldChange("text.en", null, (string?)rule["Properties"]?["text"]?["en"]),
                ]));
                continue;
            }

            var fields = Leaves(Normalise(was), Normalise(rule), string.Empty).ToArray();
            if (fields.Length > 0)
            {
                changes.Add(new RuleChange(Name(rule), Changed, fields));
            }
        }

        // The first rule that passes decides, so moving a rule can change answers on its own.
        var oldOrder = before.Select(Name).Where(now.ContainsKey).ToArray();
        var newOrder = after.Select(Name).Where(old.ContainsKey).ToArray();
        if (!oldOrder.SequenceEqual(newOrder))
        {
            changes.Add(new RuleChange("(order)", Changed, [new FieldChange("order", string.Join(", ", oldOrder), string.Join(", ", newOrder))]));
        }

        return changes;
    }

    // Words a policy officer uses, not RulesEngine's property names.
    private static JObject Normalise(JObject rule)
    {
        var result = new JObject();
        foreach (var property in rule.Properties())
        {
            if (property.Name == "Properties" && property.Value is JObject properties)
            {
                foreach (var inner in properties.Properties())
                {
                    result[inner.Name] = inner.Value;
                }
            }
            else if (property.Name != "RuleName")
            {
                result[property.Name == "Expression" ? "expression" : property.Name] = property.Value;
            }
        }

        return result;
    }

    /// <summary>Every leaf that differs, by path; arrays whose items differ are compared whole, so a citation list reads as before and after.</summary>
    private static IEnumerable<FieldChange> Leaves(JToken? was, JToken? now, string path)
    {
        if (was is JObject a && now is JObject b)
        {
            foreach (var name in a.Properties().Select(p => p.Name).Union(b.Properties().Select(p => p.Name)))
            {
                foreach (var change in Leaves(a[name], b[name], path.Length == 0 ? name : $"{path}.{name}"))
                {
                    yield return change;
                }
            }

            yield break;
        }

        if (!JToken.DeepEquals(was ?? JValue.CreateNull(), now ?? JValue.CreateNull()))
        {
            yield return new FieldChange(path, Text(was), Text(now));
        }
    }

    private static string? Text(JToken? token) => token switch
    {
        null => null,
        { Type: JTokenType.Null } => null,
        JValue value => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => token.ToString(Formatting.None),
    };

    private static async Task<Dictionary<string, RuleSetFile>> ReadAsync(string directory)
    {
        // The catalog decides which files are rule sets (so data folders are skipped the same way);
        // their content is read as written, whether or not it loads.
        var catalog = await Hosting.RulesLoading.CatalogAsync(directory);
        var files = new Dictionary<string, RuleSetFile>(StringComparer.Ordinal);
        foreach (var state in catalog.Files)
        {
            var file = RuleSetFile.Parse(state.File, await File.ReadAllTextAsync(Path.Combine(directory, state.File)));
            if (file is not null)
            {
                files.TryAdd(file.Key, file);
            }
        }

        return files;
    }
}

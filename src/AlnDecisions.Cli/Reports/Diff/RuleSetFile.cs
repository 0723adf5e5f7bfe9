using Newtonsoft.Json.Linq;

namespace AlnDecisions.Cli.Reports.Diff;

/// <summary>One rule-set file as its JSON says it (diff compares files as written, so every field counts, parameters included).</summary>
internal sealed record RuleSetFile(string File, string Id, string Version, string Kind, string Authority, JObject Envelope, IReadOnlyList<JObject> Rules)
{
    public string Key => $"{Id}@{Version}";

    public static RuleSetFile? Parse(string file, string text)
    {
        JObject json;
        try
        {
            json = JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }

        var id = (string?)json["id"];
        var version = (string?)json["version"];
        if (id is null || version is null)
        {
            return null;
        }

        var rules = (json["workflow"]?["Rules"] as JArray)?.OfType<JObject>().ToArray() ?? [];
        var envelope = (JObject)json.DeepClone();
        envelope.Remove("workflow");
        envelope.Remove("$schema");
        return new RuleSetFile(file, id, version, (string?)json["kind"] ?? "?", (string?)json["authority"] ?? "?", envelope, rules);
    }
}

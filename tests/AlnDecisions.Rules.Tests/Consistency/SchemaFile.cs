using System.Text.Json.Nodes;

namespace AlnDecisions.Rules.Tests.Consistency;

/// <summary>rules/schema/rule-set.schema.json, read as JSON for tests that hold it to the code.</summary>
internal static class SchemaFile
{
    public static string Path => System.IO.Path.Combine(RepositoryFolders.Rules, "schema", "rule-set.schema.json");

    public static JsonNode Root { get; } = JsonNode.Parse(File.ReadAllText(Path))!;

    public static JsonNode At(string pointer)
    {
        var node = Root;
        foreach (var segment in pointer.Trim('/').Split('/'))
        {
            node = node[segment] ?? throw new InvalidOperationException($"the schema has nothing at {pointer} (stopped at '{segment}')");
        }

        return node;
    }

    public static string[] Enum(string pointer) => At(pointer)["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
}

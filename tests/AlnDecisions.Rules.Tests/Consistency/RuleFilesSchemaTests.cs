using System.Text.Json;
using Json.Schema;

namespace AlnDecisions.Rules.Tests.Consistency;

/// <summary>
/// The JSON Schema is a second grammar of rule files (editors offer completion from it); these
/// hold it to the files the service loads, so the two cannot drift apart unnoticed.
/// </summary>
public sealed class RuleFilesSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaFile.Path));

    public static TheoryData<string> RuleSetFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Rules, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryFolders.Rules, file).Replace('\\', '/');
            if (!Rules.Catalog.RuleSetCatalogBuilder.NotRuleSetFolders.Contains(relative.Split('/')[0]))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleSetFiles))]
    public void RuleSetFile_IsValidAgainstTheSchema(string file)
    {
        var errors = Errors(File.ReadAllText(Path.Combine(RepositoryFolders.Rules, file)));

        errors.Should().BeEmpty(because: $"{file} must validate against rules/schema/rule-set.schema.json");
    }

    [Theory]
    [InlineData("\"RuleName\": \"always-no\",", "\"RuleName\": \"always-no\", \"Operatr\": \"And\",")]
    [InlineData("\"outcome\": \"NO_ALN\"", "\"outcome\": \"MAYBE_ALN\"")]
    [InlineData("\"confidence\": \"P\"", "\"confidence\": \"probably\"")]
    [InlineData("\"cy\": \"Testun Cymraeg.\"", "\"cy\": \"\"")]
    public void BrokenFile_FailsTheSchema(string valid, string broken)
    {
        var text = RuleFiles.RuleSet().Replace(valid, broken, StringComparison.Ordinal);
        text.Should().NotBe(RuleFiles.RuleSet(), because: "the test must break the file");

        Errors(text).Should().NotBeEmpty();
    }

    private static string[] Errors(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToArray();
    }
}

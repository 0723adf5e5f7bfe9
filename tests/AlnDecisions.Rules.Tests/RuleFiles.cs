using System.Text;

namespace AlnDecisions.Rules.Tests;

/// <summary>Builds rule-set files for tests: a valid one by default, with the part under test changed.</summary>
internal static class RuleFiles
{
    public const string ValidRule = """
          {
            "RuleName": "always-no",
            "Expression": "learner.needs.solelyLanguageOfHome == true",
            "Properties": {
              "outcome": "NO_ALN",
              "citations": [ { "source": "test citation", "confidence": "P" } ],
              "text": { "en": "English text.", "cy": "Testun Cymraeg." }
            }
          }
    """;

    public static string RuleSet(
        string rules = ValidRule,
        string id = "test.aln",
        string version = "1",
        string effectiveFrom = "2021-09-01",
        string effectiveTo = "null",
        string authority = "national",
        string layer = "STATUTORY",
        string status = "statutory",
        string extra = "",
        string kind = "ALN_DETERMINATION") => $$"""
        {
          "id": "{{id}}",
          "kind": "{{kind}}",
          "authority": "{{authority}}",
          "layer": "{{layer}}",
          "version": "{{version}}",
          "effectiveFrom": "{{effectiveFrom}}",
          "effectiveTo": {{effectiveTo}},
          "status": "{{status}}",{{extra}}
          "source": { "title": "A test source" },
          "workflow": {
            "WorkflowName": "test",
            "Rules": [
        {{rules}}
            ]
          }
        }
        """;

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}

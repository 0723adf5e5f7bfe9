using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.Catalog;

public sealed class AuthorityPrinciplesValidationTests
{
    private static string Principles(string rules, string status = "published-principles") => $$"""
        {
          "id": "cardiff.idp-responsibility",
          "kind": "IDP_RESPONSIBILITY",
          "authority": "cardiff",
          "layer": "AUTHORITY_PRINCIPLES",
          "version": "1",
          "effectiveFrom": "2021-09-01",
          "status": "{{status}}",
          "source": { "title": "A test source" },
          "workflow": { "WorkflowName": "test", "Rules": [ {{rules}} ] }
        }
        """;

    private static string Rule(string name, string expression, string outcome, string fields = "") => $$"""
        {
          "RuleName": "{{name}}",
          "Expression": "{{expression.Replace("\"", "\\\"", StringComparison.Ordinal)}}",
          "Properties": {
            "outcome": "{{outcome}}",{{fields}}
            "citations": [ { "source": "test", "confidence": "S" } ],
            "text": { "en": "English.", "cy": "Cymraeg." }
          }
        }
        """;

    private static readonly string Default = Rule("school-maintains", "true", "SCHOOL", "\"fields\": { \"responsibleAuthority\": \"learner.homeAuthority\" },");

    private static async Task<RuleSetCatalog> LoadWithStatutoryRules(string authorityFile)
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/idp-responsibility.json", File.ReadAllText(Path.Combine(RepositoryFolders.Rules, "national", "idp-responsibility.json")));
        rules.Write("authorities/cardiff/idp-responsibility.json", authorityFile);
        return await Pipelines.CatalogOf(rules.Path);
    }

    // The other 21 authorities' files are not in these directories; only the file under test matters here.
    private static IEnumerable<RuleSetProblem> Problems(RuleSetCatalog catalog) => catalog.Problems.Where(p => p.Code != ProblemCodes.AuthorityFileMissing);

    [Fact]
    public async Task Build_PrincipleGivingLookedAfterChildToSchool_IsRejectedAsStatutoryContradiction()
    {
        var catalog = await LoadWithStatutoryRules(Principles(
            Rule("looked-after-stays-with-school", "learner.lookedAfter == true", "SCHOOL", "\"fields\": { \"responsibleAuthority\": \"learner.homeAuthority\" },") + "," + Default));

        var problem = Problems(catalog).Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.StatutoryContradiction);
        problem.RuleName.Should().Be("looked-after-stays-with-school");
        problem.Message.Should().Contain("looked-after-child").And.Contain("learner.lookedAfter = true");
        catalog.RuleSets.Should().NotContain(set => set.Authority == "cardiff");
    }

    [Fact]
    public async Task Build_StatutoryRuleOnTextThePrincipleIsSilentOn_StillFindsTheContradiction()
    {
        // The law names looked-after children only when an authority in Wales looks after them; the
        // principle that gives every looked-after child to the school still contradicts it.
        using var rules = new TempRulesDirectory();
        rules.Write("national/idp-responsibility.json", Principles(Rule("looked-after-in-wales", "learner.lookedAfter == true && learner.lookingAfterAuthority != \"england\"", "LOCAL_AUTHORITY",
                "\"fields\": { \"responsibleAuthority\": \"learner.lookingAfterAuthority\", \"mayDirectSchool\": false },"))
            .Replace("\"cardiff.idp-responsibility\"", "\"national.idp-responsibility\"", StringComparison.Ordinal).Replace("\"authority\": \"cardiff\"", "\"authority\": \"national\"", StringComparison.Ordinal)
            .Replace("AUTHORITY_PRINCIPLES", "STATUTORY", StringComparison.Ordinal).Replace("published-principles", "statutory", StringComparison.Ordinal)
            .Replace("\"kind\": \"IDP_RESPONSIBILITY\"", "\"kind\": \"IDP_RESPONSIBILITY\", \"effectiveTo\": null", StringComparison.Ordinal));
        rules.Write("authorities/cardiff/idp-responsibility.json", Principles(
            Rule("looked-after-stays-with-school", "learner.lookedAfter == true", "SCHOOL", "\"fields\": { \"responsibleAuthority\": \"learner.homeAuthority\" },") + "," + Default));

        var catalog = await Pipelines.CatalogOf(rules.Path);

        catalog.Files.Single(f => f.File == "national/idp-responsibility.json").LoadState.Should().Be("SERVING");
        Problems(catalog).Should().ContainSingle(p => p.Code == ProblemCodes.StatutoryContradiction && p.RuleName == "looked-after-stays-with-school");
    }

    [Fact]
    public async Task Build_GeneralPrincipleThatOnlyOverlapsAStatutoryCase_IsAccepted()
    {
        var catalog = await LoadWithStatutoryRules(Principles(
            Rule("special-school", "learner.setting.kind == \"SPECIAL_SCHOOL\" || learner.setting.specialistClass == \"RESOURCE_BASE\"", "LOCAL_AUTHORITY",
                "\"fields\": { \"responsibleAuthority\": \"learner.homeAuthority\", \"mayDirectSchool\": true, \"referToAuthority\": true },") + "," + Default));

        Problems(catalog).Should().BeEmpty();
    }

    [Fact]
    public async Task Build_PrinciplesWithoutFinalDefault_AreRejected()
    {
        var catalog = await LoadWithStatutoryRules(Principles(Rule("special-school", "learner.setting.kind == \"SPECIAL_SCHOOL\"", "LOCAL_AUTHORITY")));

        Problems(catalog).Should().ContainSingle(p => p.Code == ProblemCodes.DefaultRuleMissing && p.RuleName == "special-school");
    }

    [Fact]
    public async Task Build_UnknownDecisionFieldOrBadAuthority_IsRejectedNamingTheField()
    {
        var catalog = await LoadWithStatutoryRules(Principles(
            Rule("odd", "learner.lookedAfter == false", "SCHOOL", "\"fields\": { \"fundingAuthority\": \"cardiff\", \"responsibleAuthority\": \"atlantis\" },") + "," + Default));

        Problems(catalog).Should().Contain(p => p.Code == ProblemCodes.FieldUnknown && p.Message.Contains("fundingAuthority"))
            .And.Contain(p => p.Code == ProblemCodes.FieldInvalid && p.Message.Contains("responsibleAuthority"));
    }

    [Fact]
    public async Task Build_BaselineStatusFileWithRules_IsRejected()
    {
        var catalog = await LoadWithStatutoryRules(Principles(Default, status: "national-baseline"));

        Problems(catalog).Should().ContainSingle(p => p.Code == ProblemCodes.FieldInvalid && p.Message.Contains("national-baseline"));
    }
}

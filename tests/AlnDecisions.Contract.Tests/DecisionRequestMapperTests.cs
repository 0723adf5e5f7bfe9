using AlnDecisions.Contract.V1;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Contract.Facts;

namespace AlnDecisions.Contract.Tests;

public sealed class DecisionRequestMapperTests
{
    private static readonly DateOnly Today = new(2025, 10, 1);

    private static RequestMapping Map(string json) => DecisionRequestMapper.Map(ContractJson.Parser.Parse<DecisionRequest>(json), Today);

    private static string Request(string learner = "{}", string events = "[]", string extra = "") =>
        $$"""{ "caseReference": "case-1", "authority": "cardiff", "decisionDate": "2025-10-01", {{extra}} "learner": {{learner}}, "events": {{events}} }""";

    [Fact]
    public void Map_UnknownFacts_StayUnknownAndListsAreEmpty()
    {
        var mapping = Map(Request());

        mapping.IsValid.Should().BeTrue();
        var facts = mapping.Case!.Facts;
        facts[ContractFacts.Schema.Require("learner.needs.solelyLanguageOfHome")].Should().BeNull();
        facts[ContractFacts.Schema.Require("learner.setting.kind")].Should().BeNull();
        facts[ContractFacts.Schema.Require("learner.needs.areas")].Should().BeEquivalentTo(Array.Empty<string>());
    }

    [Fact]
    public void Map_FalseIsKeptApartFromUnknown()
    {
        var facts = Map(Request("""{ "needs": { "solelyLanguageOfHome": false }, "setting": { "kind": "SPECIAL_SCHOOL" } }""")).Case!.Facts;

        facts[ContractFacts.Schema.Require("learner.needs.solelyLanguageOfHome")].Should().Be(false);
        facts[ContractFacts.Schema.Require("learner.setting.kind")].Should().Be("SPECIAL_SCHOOL");
    }

    [Theory]
    [InlineData("\"caseReference\": \"case\\u202E-1\"", "caseReference")]
    [InlineData("\"caseReference\": \"case\\u0007\"", "caseReference")]
    [InlineData("\"authority\": \"atlantis\"", "authority")]
    [InlineData("\"decisionDate\": \"9999-01-01\"", "decisionDate")]
    [InlineData("\"decisionDate\": \"2017-12-31\"", "decisionDate")]
    [InlineData("\"decisionDate\": \"1 Oct 2025\"", "decisionDate")]
    public void Map_BadTopLevelField_NamesItAlone(string field, string name)
    {
        var json = Request().Replace($"\"{name}\": \"{(name == "caseReference" ? "case-1" : name == "authority" ? "cardiff" : "2025-10-01")}\"", field, StringComparison.Ordinal);

        var mapping = Map(json);

        mapping.Violations.Select(v => v.Field).Should().Equal(name);
    }

    [Fact]
    public void Map_MalformedDecisionDate_DoesNotAlsoBlameTheDateOfBirth()
    {
        var mapping = Map(Request("""{ "dateOfBirth": "2016-05-04" }""").Replace("\"2025-10-01\"", "\"2025-13-01\"", StringComparison.Ordinal));

        mapping.Violations.Select(v => v.Field).Should().Equal("decisionDate");
    }

    [Fact]
    public void Map_HugeValue_IsQuotedOnlyAsAShortEscapedExcerpt()
    {
        var huge = new string('x', 30_000) + "\u202E";

        var mapping = Map(Request($$"""{ "homeAuthority": "{{huge}}" }"""));

        var violation = mapping.Violations.Should().ContainSingle().Subject;
        violation.Field.Should().Be("learner.homeAuthority");
        violation.Description.Length.Should().BeLessThan(300);
    }

    [Theory]
    [InlineData("""{ "setting": { "authority": "atlantis" } }""", "learner.setting.authority")]
    [InlineData("""{ "existingIdp": { "authority": "england" } }""", "learner.existingIdp.authority")]
    [InlineData("""{ "setting": { "reference": "school 1; drop" } }""", "learner.setting.reference")]
    [InlineData("""{ "post16": { "yearsOnProgramme": 26 } }""", "learner.post16.yearsOnProgramme")]
    [InlineData("""{ "dateOfBirth": "2026-01-01" }""", "learner.dateOfBirth")]
    [InlineData("""{ "provision": { "metByUniversalProvision": true, "additionalOrDifferentRequired": true } }""", "learner.provision.metByUniversalProvision")]
    [InlineData("""{ "post16": { "desiredOutcomes": [ { "realisticProspect": true, "kind": 99 } ] } }""", "learner.post16.desiredOutcomes[0].kind")]
    public void Map_BadFact_NamesItByItsJsonPath(string learner, string field)
    {
        Map(Request(learner)).Violations.Select(v => v.Field).Should().Contain(field);
    }

    [Fact]
    public void Map_TooManyAreas_IsRefusedByTheProtosLimit()
    {
        var areas = string.Join(", ", Enumerable.Range(0, 21).Select(i => $"\"area {i}\""));

        Map(Request($$"""{ "needs": { "areas": [{{areas}}] } }""")).Violations.Select(v => v.Field).Should().Equal("learner.needs.areas");
    }

    [Theory]
    [InlineData("""[ { "kind": "BROUGHT_TO_ATTENTION", "date": "2014-01-01", "body": "SCHOOL" } ]""", "events[0].date")]
    [InlineData("""[ { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-11-01", "body": "SCHOOL" } ]""", "events[0].date")]
    [InlineData("""[ { "kind": "CLOCK_RESUMED", "date": "2025-09-01" } ]""", "events[0].kind")]
    [InlineData("""[ { "kind": "CLOCK_PAUSED", "date": "2025-09-01" } ]""", "events[0].reason")]
    [InlineData("""[ { "date": "2025-09-01" } ]""", "events[0].kind")]
    public void Map_BadEvent_NamesIt(string events, string field)
    {
        Map(Request(events: events)).Violations.Select(v => v.Field).Should().Contain(field);
    }

    [Fact]
    public void Map_EventBeforeTheLearnerWasBorn_IsRefused()
    {
        var mapping = Map(Request("""{ "dateOfBirth": "2020-05-04" }""", """[ { "kind": "BROUGHT_TO_ATTENTION", "date": "2019-01-01", "body": "SCHOOL" } ]"""));

        mapping.Violations.Should().ContainSingle(v => v.Field == "events[0].date" && v.Description.Contains("date of birth"));
    }

    [Fact]
    public void Map_PauseThenResume_IsAccepted()
    {
        var mapping = Map(Request(events: """
            [
              { "kind": "CLOCK_RESUMED", "date": "2025-09-10", "step": "school-decision-35-school-days" },
              { "kind": "CLOCK_PAUSED", "date": "2025-09-03", "step": "school-decision-35-school-days", "reason": "LEARNER_ABSENCE" }
            ]
            """));

        mapping.IsValid.Should().BeTrue(because: string.Join("; ", mapping.Violations));
    }

    [Fact]
    public void Map_View_DefaultsToFull()
    {
        Map(Request()).View.Should().Be(ResponseView.Full);
        Map(Request(extra: "\"view\": \"BASIC\",")).View.Should().Be(ResponseView.Basic);
    }
}

using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class StatutoryTimescalesTests
{
    private const string CardiffPupil = """{ "dateOfBirth": "2015-03-02", "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "cardiff" } }""";

    // A school whose own INSET days are in rules/calendars/settings (2025-26: 1, 2 Sep, 24 Oct 2025,
    // 13 Mar, 22 Jun, 20 Jul 2026), so its school days can be counted.
    private const string BrynrefailPupil = """{ "dateOfBirth": "2011-03-02", "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "gwynedd", "reference": "ysgol-brynrefail" } }""";

    private static async Task<Decision> Decide(string learner, string asOf, string events) =>
        await (await Pipelines.Repository).DecideOneAsync(
            $$"""{ "caseReference": "case-1", "authority": "cardiff", "decisionDate": "{{asOf}}", "kinds": ["STATUTORY_TIMESCALES"], "learner": {{learner}}, "events": {{events}} }""");

    [Fact]
    public async Task SchoolThirtyFiveDays_PausedAcrossHalfTerm_CountsOnlyUnpausedSchoolDays()
    {
        // From 2 Oct 2025: 2-3 Oct (2), 6-10 Oct paused, 13-23 Oct (11), 24 Oct INSET, half-term
        // 27-31 Oct, 3-28 Nov (31), 1-4 Dec (35): due Thursday 4 December 2025.
        var decision = await Decide(BrynrefailPupil, "2025-12-15", """
            [
              { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-10-01", "body": "SCHOOL" },
              { "kind": "CLOCK_PAUSED", "date": "2025-10-06", "reason": "LEARNER_ABSENCE", "step": "school-decision-35-school-days" },
              { "kind": "CLOCK_RESUMED", "date": "2025-10-13", "step": "school-decision-35-school-days" }
            ]
            """);

        var deadline = decision.Deadlines.Single(d => d.Step == "school-decision-35-school-days");
        deadline.DueDate.Should().Be("2025-12-04");
        deadline.PausedDays.Should().Be(5);
        deadline.Status.Should().Be(DeadlineStatus.Types.Value.Breached);
        deadline.Calendar.Should().Be("gwynedd: wales-harmonised 2025-26 with setting ysgol-brynrefail's closures");
        decision.Outcome.Should().Be("DEADLINES_COMPUTED");
    }

    [Fact]
    public async Task SchoolDays_NoCalendarForTheYear_MoreInformationNamingTheCalendarNotAFact()
    {
        var decision = await Decide(CardiffPupil.Replace("\"cardiff\"", "\"powys\"", StringComparison.Ordinal), "2026-10-01",
            """[ { "kind": "BROUGHT_TO_ATTENTION", "date": "2026-09-20", "body": "SCHOOL" } ]""");

        decision.Outcome.Should().Be("MORE_INFORMATION_NEEDED");
        decision.Explanation.MissingFacts.Should().BeEmpty();
        var calendar = decision.Explanation.MissingInformation.Should().ContainSingle().Subject.Calendar;
        calendar.Should().Match<MissingCalendar>(c => c.Kind == CalendarKind.Types.Value.SchoolTerms && c.Authority == "powys" && c.AcademicYear == "2026-27");
        decision.Deadlines.Should().BeEmpty();
    }

    [Fact]
    public async Task Breach_WithDelayBeyondControlRecorded_IsExcused()
    {
        var decision = await Decide(CardiffPupil, "2026-01-30", """
            [
              { "kind": "S20_REFERRAL_RECEIVED", "date": "2025-11-10", "body": "NHS_BODY" },
              { "kind": "DELAY_BEYOND_CONTROL", "date": "2025-12-20", "reason": "clinician on long-term sick leave", "step": "nhs-reply-to-s20-referral-6-weeks" }
            ]
            """);

        var deadline = decision.Deadlines.Single();
        deadline.DueDate.Should().Be("2025-12-22");
        deadline.Status.Should().Be(DeadlineStatus.Types.Value.Excused);
        deadline.ExcusedReason.Should().Be("clinician on long-term sick leave");
    }

    [Fact]
    public async Task SchoolDays_SchoolWithoutItsOwnInsetDays_AsksWhichSchoolRatherThanCountingInsetDaysAsSchoolDays()
    {
        var decision = await Decide(CardiffPupil, "2025-11-01", """[ { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-10-01", "body": "SCHOOL" } ]""");

        decision.Outcome.Should().Be("MORE_INFORMATION_NEEDED");
        decision.Explanation.MissingFacts.Should().Equal("learner.setting.reference");
        decision.Deadlines.Should().BeEmpty();
    }

    [Fact]
    public async Task SchoolDays_NamedSchoolWithoutItsOwnFile_NamesThatSchoolsCalendar()
    {
        var decision = await Decide(CardiffPupil.Replace("\"authority\": \"cardiff\"", "\"authority\": \"cardiff\", \"reference\": \"cardiff-school-1\"", StringComparison.Ordinal), "2025-11-01",
            """[ { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-10-01", "body": "SCHOOL" } ]""");

        decision.Outcome.Should().Be("MORE_INFORMATION_NEEDED");
        decision.Explanation.MissingFacts.Should().BeEmpty();
        decision.Explanation.MissingInformation.Should().ContainSingle().Which.Calendar.Should().Match<MissingCalendar>(
            c => c.Kind == CalendarKind.Types.Value.SchoolTerms && c.Authority == "cardiff" && c.SettingReference == "cardiff-school-1" && c.AcademicYear == "2025-26");
    }

    [Fact]
    public async Task PauseWithUnlistedReason_IsNotAppliedAndSaysSo()
    {
        var decision = await Decide(BrynrefailPupil, "2025-11-01", """
            [
              { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-10-01", "body": "SCHOOL" },
              { "kind": "CLOCK_PAUSED", "date": "2025-10-06", "reason": "STAFF_SHORTAGE" }
            ]
            """);

        decision.Deadlines.Single().PausedDays.Should().Be(0);
        decision.Explanation.NextSteps.Should().Contain(s => s.En.Contains("STAFF_SHORTAGE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoStartEvents_NoDeadlines()
    {
        var decision = await Decide(CardiffPupil, "2025-11-01", """[ { "kind": "RESPONSE_GIVEN", "date": "2025-10-01", "body": "NHS_BODY" } ]""");

        decision.Outcome.Should().Be("NO_DEADLINES");
    }
    [Theory]
    [InlineData("CLOCK_PAUSED", "\"reason\": \"LEARNER_ABSENCE\",")]
    [InlineData("DELAY_BEYOND_CONTROL", "\"reason\": \"clinician on leave\",")]
    public async Task EventOnAStepNoTimescaleHas_RefusedNamingTheFieldAndListingTheSteps(string kind, string reason)
    {
        var request = ContractJson.Parser.Parse<DecisionRequest>($$"""
            { "caseReference": "case-1", "authority": "gwynedd", "decisionDate": "2025-12-15", "kinds": ["STATUTORY_TIMESCALES"], "learner": {{BrynrefailPupil}},
              "events": [
                { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-10-01", "body": "SCHOOL" },
                { "kind": "{{kind}}", "date": "2025-10-06", {{reason}} "step": "school-decision-53-school-days" }
              ] }
            """);

        var result = await (await Pipelines.Repository).DecideAsync(request);

        result.IsValid.Should().BeFalse();
        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Field.Should().Be("events[1].step");
        violation.Description.Should().Contain("'school-decision-53-school-days'").And.Contain("school-decision-35-school-days").And.Contain("appeal-to-tribunal-8-weeks");
    }

    [Fact]
    public async Task ResumeOnAStepNoTimescaleHas_Refused()
    {
        var request = ContractJson.Parser.Parse<DecisionRequest>($$"""
            { "caseReference": "case-1", "authority": "cardiff", "decisionDate": "2025-12-15", "learner": {{CardiffPupil}},
              "events": [
                { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-10-01", "body": "SCHOOL" },
                { "kind": "CLOCK_PAUSED", "date": "2025-10-06", "reason": "LEARNER_ABSENCE" },
                { "kind": "CLOCK_RESUMED", "date": "2025-10-13", "step": "\u202Eevil" }
              ] }
            """);

        var result = await (await Pipelines.Repository).DecideAsync(request);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Field.Should().Be("events[2].step");
        violation.Description.Should().NotContain("\u202E").And.Contain("\\u202E");
    }

    [Fact]
    public async Task StepNames_AreTheRulesOfTheTimescalesInForce_NotAListInCode()
    {
        using var rules = new TempRulesDirectory();
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Rules, "*", SearchOption.AllDirectories))
        {
            rules.Write(Path.GetRelativePath(RepositoryFolders.Rules, file), File.ReadAllText(file));
        }

        var timescales = Path.Combine(rules.Path, "national", "statutory-timescales.json");
        File.WriteAllText(timescales, File.ReadAllText(timescales).Replace("\"school-decision-35-school-days\"", "\"school-decides-35-school-days\"", StringComparison.Ordinal));
        var pipeline = await Pipelines.Over(rules.Path);
        string Request(string step) => $$"""
            { "caseReference": "case-1", "authority": "gwynedd", "decisionDate": "2025-12-15", "kinds": ["STATUTORY_TIMESCALES"], "learner": {{BrynrefailPupil}},
              "events": [
                { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-10-01", "body": "SCHOOL" },
                { "kind": "CLOCK_PAUSED", "date": "2025-10-06", "reason": "LEARNER_ABSENCE", "step": "{{step}}" },
                { "kind": "CLOCK_RESUMED", "date": "2025-10-13", "step": "{{step}}" }
              ] }
            """;

        var renamed = await pipeline.DecideOneAsync(Request("school-decides-35-school-days"));
        var old = await pipeline.DecideAsync(ContractJson.Parser.Parse<DecisionRequest>(Request("school-decision-35-school-days")));

        renamed.Deadlines.Single(d => d.Step == "school-decides-35-school-days").PausedDays.Should().Be(5);
        old.Violations.Select(v => v.Field).Should().Equal("events[1].step", "events[2].step");
    }
}

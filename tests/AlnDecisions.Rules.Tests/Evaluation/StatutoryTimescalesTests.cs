using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class StatutoryTimescalesTests
{
    private static readonly Learner CardiffPupil = new(
        DateOfBirth: new DateOnly(2015, 3, 2),
        Setting: new Setting(SettingKind.MaintainedSchool, "cardiff"));

    private static async Task<Decision> Decide(Learner learner, DateOnly asOf, params CaseEvent[] events)
    {
        var engine = new DecisionEngine(await RuleSetRegistry.LoadAsync(RepositoryFolders.Rules), new DecisionIdGenerator(TimeProvider.System));
        var result = await engine.DecideAsync(new DecisionCase("case-1", "cardiff", asOf, [DecisionKind.StatutoryTimescales], learner, events));
        return result.Decisions.Single();
    }

    [Fact]
    public async Task SchoolThirtyFiveDays_PausedAcrossHalfTerm_CountsOnlyUnpausedSchoolDays()
    {
        // From 2 Oct 2025: 2-3 Oct (2), 6-10 Oct paused, 13-24 Oct (12), half-term 27-31 Oct,
        // 3-28 Nov (32), 1-3 Dec (35): due Wednesday 3 December 2025.
        var decision = await Decide(CardiffPupil, new DateOnly(2025, 12, 15),
            new CaseEvent(CaseEventKind.BroughtToAttention, new DateOnly(2025, 10, 1), EventBody.School),
            new CaseEvent(CaseEventKind.ClockPaused, new DateOnly(2025, 10, 6), Reason: "LEARNER_ABSENCE", Step: "school-decision-35-school-days"),
            new CaseEvent(CaseEventKind.ClockResumed, new DateOnly(2025, 10, 13), Step: "school-decision-35-school-days"));

        var deadline = decision.Deadlines!.Single(d => d.Step == "school-decision-35-school-days");
        deadline.DueDate.Should().Be(new DateOnly(2025, 12, 3));
        deadline.PausedDays.Should().Be(5);
        deadline.Status.Should().Be(DeadlineStatusKind.Breached);
        deadline.Calendar.Should().Contain("wales-harmonised 2025-26");
        decision.Outcome.Should().Be("DEADLINES_COMPUTED");
    }

    [Fact]
    public async Task SchoolDays_NoCalendarForTheYear_MoreInformationNamingTheCalendar()
    {
        var decision = await Decide(CardiffPupil with { Setting = new Setting(SettingKind.MaintainedSchool, "powys") }, new DateOnly(2026, 10, 1),
            new CaseEvent(CaseEventKind.BroughtToAttention, new DateOnly(2026, 9, 20), EventBody.School));

        decision.Outcome.Should().Be(Outcomes.MoreInformationNeeded);
        decision.Explanation.MissingFacts.Should().ContainSingle().Which.Should().Contain("powys").And.Contain("2026-27");
        decision.Deadlines.Should().BeEmpty();
    }

    [Fact]
    public async Task Breach_WithDelayBeyondControlRecorded_IsExcused()
    {
        var decision = await Decide(CardiffPupil, new DateOnly(2026, 1, 30),
            new CaseEvent(CaseEventKind.S20ReferralReceived, new DateOnly(2025, 11, 10), EventBody.NhsBody),
            new CaseEvent(CaseEventKind.DelayBeyondControl, new DateOnly(2025, 12, 20), Reason: "clinician on long-term sick leave", Step: "nhs-reply-to-s20-referral-6-weeks"));

        var deadline = decision.Deadlines!.Single();
        deadline.DueDate.Should().Be(new DateOnly(2025, 12, 22));
        deadline.Status.Should().Be(DeadlineStatusKind.Excused);
        deadline.ExcusedReason.Should().Be("clinician on long-term sick leave");
    }

    [Fact]
    public async Task PauseWithUnlistedReason_IsNotAppliedAndSaysSo()
    {
        var decision = await Decide(CardiffPupil, new DateOnly(2025, 11, 1),
            new CaseEvent(CaseEventKind.BroughtToAttention, new DateOnly(2025, 10, 1), EventBody.School),
            new CaseEvent(CaseEventKind.ClockPaused, new DateOnly(2025, 10, 6), Reason: "STAFF_SHORTAGE"));

        decision.Deadlines!.Single().PausedDays.Should().Be(0);
        decision.Explanation.NextSteps.Should().Contain(s => s.En.Contains("STAFF_SHORTAGE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoStartEvents_NoDeadlines()
    {
        var decision = await Decide(CardiffPupil, new DateOnly(2025, 11, 1),
            new CaseEvent(CaseEventKind.ResponseGiven, new DateOnly(2025, 10, 1), EventBody.NhsBody));

        decision.Outcome.Should().Be("NO_DEADLINES");
    }
}

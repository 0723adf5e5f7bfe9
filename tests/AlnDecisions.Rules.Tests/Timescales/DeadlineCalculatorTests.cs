using AlnDecisions.Domain.Timescales;

namespace AlnDecisions.Rules.Tests.Timescales;

/// <summary>
/// Deadlines against the repository's real calendars (wales-harmonised, England and Wales bank
/// holidays). Every expected date was worked out by hand on a calendar; the comments show how.
/// </summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly WorkingDays BankHolidays = RepositoryCalendars.Catalog.BankHolidays;
    private static readonly ClockPause[] NoPauses = [];

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Counted on wales-harmonised for Cardiff with no INSET days, so the hand counts below are of the
    // authority's term dates; a real school's own INSET days are tested at the end.
    private static TermCalendar Cardiff(DateOnly from) =>
        RepositoryCalendars.CatalogWithFixtureSettings.SchoolCalendarFor("cardiff", RepositoryCalendars.NoInsetDaysSchool, from, from.AddYears(1))!;

    private static DeadlineComputation SchoolDays(DateOnly eventDate, PeriodStart start = PeriodStart.DayAfterEvent, IReadOnlyList<ClockPause>? pauses = null, TermCalendar? terms = null, DateOnly? asOf = null) =>
        DeadlineCalculator.Compute(eventDate, start, CountingBasis.SchoolDays, 35, RollForward.None, pauses ?? NoPauses, BankHolidays, terms ?? Cardiff(eventDate), asOf ?? eventDate);

    private static DeadlineComputation Calendar(DateOnly eventDate, CountingBasis basis, int length, PeriodStart start = PeriodStart.DayAfterEvent, IReadOnlyList<ClockPause>? pauses = null, DateOnly? asOf = null, RollForward rollForward = RollForward.Reg24) =>
        DeadlineCalculator.Compute(eventDate, start, basis, length, rollForward, pauses ?? NoPauses, BankHolidays, null, asOf ?? eventDate);

    [Fact]
    public void Compute_35SchoolDaysSpanningOctoberHalfTerm2025_SkipsTheHalfTermWeek()
    {
        // Made aware Wed 17 Sep 2025; day 1 is Thu 18 Sep. Counting term weekdays:
        // 18-19 Sep = 2, 22-26 Sep = 7, 29 Sep-3 Oct = 12, 6-10 Oct = 17, 13-17 Oct = 22,
        // 20-24 Oct = 27; half-term 27-31 Oct is not counted; 3-7 Nov = 32, 10 Nov = 33,
        // 11 Nov = 34, Wed 12 Nov = 35. (Without the half-term it would have been 5 Nov.)
        var result = SchoolDays(D("2025-09-17"));

        result.Should().Be(new DeadlineComputation.Computed(D("2025-11-12"), null, 0));
    }

    [Fact]
    public void Compute_35SchoolDaysOverMayDayAndMayHalfTerm2026_SkipsBoth()
    {
        // Made aware Fri 17 Apr 2026; day 1 Mon 20 Apr. 20-24 Apr = 5, 27 Apr-1 May = 10,
        // Mon 4 May is the Early May bank holiday (a closure), 5-8 May = 14, 11-15 May = 19,
        // 18-22 May = 24; half-term 25-29 May; 1-5 Jun = 29, 8-12 Jun = 34, Mon 15 Jun = 35.
        SchoolDays(D("2026-04-17")).Should().Be(new DeadlineComputation.Computed(D("2026-06-15"), null, 0));
    }

    [Fact]
    public void Compute_SixWeeksEndingOnEasterMonday2026_RollsForwardToTuesday()
    {
        // Six weeks beginning the day after Mon 23 Feb 2026 end on 23 Feb + 42 days = Mon 6 Apr
        // 2026, Easter Monday. Reg 2(4): the next working day is Tue 7 Apr.
        var result = Calendar(D("2026-02-23"), CountingBasis.CalendarWeeks, 6);

        result.Should().Be(new DeadlineComputation.Computed(D("2026-04-07"), D("2026-04-06"), 0));
    }

    [Fact]
    public void Compute_SixWeeksEndingOnGoodFriday2026_RollsPastTheEasterWeekendToTuesday()
    {
        // Fri 20 Feb 2026 + 42 days = Fri 3 Apr 2026 (Good Friday); Sat, Sun and Easter Monday
        // follow, so the due date is Tue 7 Apr.
        var result = Calendar(D("2026-02-20"), CountingBasis.CalendarWeeks, 6);

        result.Should().Be(new DeadlineComputation.Computed(D("2026-04-07"), D("2026-04-03"), 0));
    }

    [Fact]
    public void Compute_PeriodEndingOnChristmasDay2026_RollsPastBoxingDaySubstituteToTuesday()
    {
        // Four weeks after Fri 27 Nov 2026 end Fri 25 Dec (Christmas Day). Boxing Day is a
        // Saturday, so its bank holiday is Mon 28 Dec; the next working day is Tue 29 Dec.
        var result = Calendar(D("2026-11-27"), CountingBasis.CalendarWeeks, 4);

        result.Should().Be(new DeadlineComputation.Computed(D("2026-12-29"), D("2026-12-25"), 0));
    }

    [Fact]
    public void Compute_PeriodEndingOnChristmasDay2027_RollsPastBothSubstituteDaysToWednesday()
    {
        // 28 days after Sat 27 Nov 2027 end Sat 25 Dec. Christmas and Boxing Day fall at the
        // weekend, so Mon 27 and Tue 28 Dec are bank holidays; the due date is Wed 29 Dec.
        var result = Calendar(D("2027-11-27"), CountingBasis.CalendarDays, 28);

        result.Should().Be(new DeadlineComputation.Computed(D("2027-12-29"), D("2027-12-25"), 0));
    }

    [Fact]
    public void Compute_LastDayIsAWorkingDay_DoesNotRoll()
    {
        // 12 weeks after Wed 17 Sep 2025 = 17 Sep + 84 days = Wed 10 Dec 2025.
        Calendar(D("2025-09-17"), CountingBasis.CalendarWeeks, 12)
            .Should().Be(new DeadlineComputation.Computed(D("2025-12-10"), null, 0));
    }

    [Fact]
    public void Compute_PauseOfFiveSchoolDays_MovesTheDueDateFiveSchoolDaysLater()
    {
        // The 12 Nov 2025 case above, paused Mon 6 Oct until (not including) Mon 13 Oct: the five
        // school days 6-10 Oct do not count. Five more school days after Wed 12 Nov: 13, 14, 17,
        // 18, 19 Nov, so Wed 19 Nov.
        var result = SchoolDays(D("2025-09-17"), pauses: [new ClockPause(D("2025-10-06"), D("2025-10-13"))]);

        result.Should().Be(new DeadlineComputation.Computed(D("2025-11-19"), null, 5));
    }

    [Fact]
    public void Compute_PauseOnlyInHalfTerm_DoesNotMoveASchoolDayDeadline()
    {
        // Paused 27 Oct until 3 Nov 2025: all half-term, no school day paused.
        var result = SchoolDays(D("2025-09-17"), pauses: [new ClockPause(D("2025-10-27"), D("2025-11-03"))]);

        result.Should().Be(new DeadlineComputation.Computed(D("2025-11-12"), null, 0));
    }

    [Fact]
    public void Compute_OverlappingPauses_CountEachDayOnce()
    {
        // 6-10 Oct and 8-14 Oct overlap; together they pause 6-10 and 13-14 Oct = 7 school days.
        // 12 Nov + 7 school days: 13, 14, 17, 18, 19, 20, 21 Nov.
        var result = SchoolDays(D("2025-09-17"), pauses:
        [
            new ClockPause(D("2025-10-06"), D("2025-10-13")),
            new ClockPause(D("2025-10-08"), D("2025-10-15")),
        ]);

        result.Should().Be(new DeadlineComputation.Computed(D("2025-11-21"), null, 7));
    }

    [Fact]
    public void Compute_PauseStillRunning_ReportsPausedWithDaysCountedUpToAsOf()
    {
        // Paused from Mon 6 Oct 2025 with no resume date, asked on Wed 15 Oct. Counted before the
        // pause: 18 Sep to 3 Oct = 12 school days. Paused so far: 6-10 and 13-15 Oct = 8.
        var result = SchoolDays(D("2025-09-17"), pauses: [new ClockPause(D("2025-10-06"), null)], asOf: D("2025-10-15"));

        result.Should().Be(new DeadlineComputation.Paused(D("2025-10-06"), 12, 8));
    }

    [Fact]
    public void Compute_PauseStillRunningButStartedAfterTheDueDate_StillHasItsDueDate()
    {
        var result = SchoolDays(D("2025-09-17"), pauses: [new ClockPause(D("2025-11-20"), null)], asOf: D("2025-11-25"));

        result.Should().Be(new DeadlineComputation.Computed(D("2025-11-12"), null, 0));
    }

    [Fact]
    public void Compute_CalendarPauseOfTenDays_MovesTheLastDayTenDaysThenRolls()
    {
        // 12 weeks after 17 Sep 2025 end Wed 10 Dec. Paused 1 Oct until 11 Oct = 10 calendar days,
        // so the last day is Sat 20 Dec; the next working day is Mon 22 Dec.
        var result = Calendar(D("2025-09-17"), CountingBasis.CalendarWeeks, 12, pauses: [new ClockPause(D("2025-10-01"), D("2025-10-11"))]);

        result.Should().Be(new DeadlineComputation.Computed(D("2025-12-22"), D("2025-12-20"), 10));
    }

    [Fact]
    public void Compute_CalendarPauseStillRunning_CountsCalendarDaysToAsOfInclusive()
    {
        // Paused from 1 Oct 2025, asked on 10 Oct: 1-10 Oct = 10 days; 18-30 Sep = 13 days counted.
        var result = Calendar(D("2025-09-17"), CountingBasis.CalendarWeeks, 12, pauses: [new ClockPause(D("2025-10-01"), null)], asOf: D("2025-10-10"));

        result.Should().Be(new DeadlineComputation.Paused(D("2025-10-01"), 13, 10));
    }

    [Theory]
    [InlineData("2025-01-31", "2025-02-28")] // no 31 Feb: the last day of February (a Friday)
    [InlineData("2024-01-31", "2024-02-29")] // leap year (a Thursday)
    [InlineData("2025-03-10", "2025-04-10")]
    public void Compute_OneMonthAfterEvent_ClampsToTheEndOfAShorterMonth(string eventDate, string expected) =>
        Calendar(D(eventDate), CountingBasis.Months, 1)
            .Should().Be(new DeadlineComputation.Computed(D(expected), null, 0));

    [Fact]
    public void Compute_OneMonthBeginningOn31January_EndsOnTheLastDayOfFebruary()
    {
        // February 2025 has no 31st, so a month starting with 31 January ends on the last day of
        // February (the corresponding-date rule), not the day before it: Fri 28 Feb.
        Calendar(D("2025-01-31"), CountingBasis.Months, 1, PeriodStart.DayOfEvent)
            .Should().Be(new DeadlineComputation.Computed(D("2025-02-28"), null, 0));
    }

    [Fact]
    public void Compute_TwelveMonthsBeginningOnTheDayAnIdpIsGiven_EndsTheDayBefore()
    {
        // IDP given Mon 10 Mar 2025: 12 months beginning that day end Mon 9 Mar 2026.
        Calendar(D("2025-03-10"), CountingBasis.Months, 12, PeriodStart.DayOfEvent)
            .Should().Be(new DeadlineComputation.Computed(D("2026-03-09"), null, 0));
    }

    [Theory]
    [InlineData(PeriodStart.DayAfterEvent, "2025-11-12")] // Wed 1 Oct + 42
    [InlineData(PeriodStart.DayOfEvent, "2025-11-11")]    // Wed 1 Oct + 42 - 1
    public void Compute_SixWeeks_DayOfEventEndsADayEarlier(PeriodStart start, string expected) =>
        Calendar(D("2025-10-01"), CountingBasis.CalendarWeeks, 6, start)
            .Should().Be(new DeadlineComputation.Computed(D(expected), null, 0));

    [Theory]
    [InlineData("2025-09-17", PeriodStart.DayAfterEvent, "2025-11-12")] // day 1 Thu 18 Sep
    [InlineData("2025-09-17", PeriodStart.DayOfEvent, "2025-11-11")]    // day 1 is Wed 17 Sep itself
    [InlineData("2025-09-20", PeriodStart.DayAfterEvent, "2025-11-14")] // Saturday: day 1 Mon 22 Sep either way, two school days later than from 18 Sep
    [InlineData("2025-09-20", PeriodStart.DayOfEvent, "2025-11-14")]
    public void Compute_35SchoolDays_DayOfEventCountsTheEventDayOnlyWhenItIsASchoolDay(string eventDate, PeriodStart start, string expected) =>
        SchoolDays(D(eventDate), start).Should().Be(new DeadlineComputation.Computed(D(expected), null, 0));

    [Fact]
    public void Compute_SchoolDaysRunningIntoAYearWithNoCalendar_NamesTheFirstUncoveredDate()
    {
        // Made aware Thu 1 Jul 2027: 13 school days remain (2-20 Jul), the summer holiday to 31 Aug is
        // covered by 2026-27, and 2027-28 has no calendar yet: 1 Sep 2027 is the first missing date.
        var result = SchoolDays(D("2027-07-01"));

        result.Should().Be(new DeadlineComputation.MissingCalendar(D("2027-09-01"), MissingCalendarKind.TermCalendar));
    }

    [Fact]
    public void Compute_AuthorityWithNoCalendarForTheYear_NamesTheDayAfterTheEvent()
    {
        // Powys departs from the harmonised dates in 2026-27 and its dates were not found.
        var powys = RepositoryCalendars.Catalog.SchoolCalendarFor("powys", null, D("2026-09-14"), D("2027-09-14"));

        var result = DeadlineCalculator.Compute(D("2026-09-14"), PeriodStart.DayAfterEvent, CountingBasis.SchoolDays, 35, RollForward.None, NoPauses, BankHolidays, powys, D("2026-09-14"));

        powys.Should().BeNull();
        result.Should().Be(new DeadlineComputation.MissingCalendar(D("2026-09-15"), MissingCalendarKind.TermCalendar));
    }

    [Fact]
    public void Compute_CalendarBasisDueInAYearWithNoBankHolidayList_IsMissingCalendarNotAWeekdayGuess()
    {
        // 12 weeks after Mon 1 Nov 2027 end Mon 24 Jan 2028; the list stops at 2027.
        var result = Calendar(D("2027-11-01"), CountingBasis.CalendarWeeks, 12);

        result.Should().Be(new DeadlineComputation.MissingCalendar(D("2028-01-24"), MissingCalendarKind.BankHolidays));
    }

    [Fact]
    public void Compute_RollForwardWalkingIntoAYearWithNoList_NamesTheFirstUncoveredDate()
    {
        // Last day Fri 31 Dec 2027 is a working day: no roll, no need for 2028.
        Calendar(D("2027-12-03"), CountingBasis.CalendarWeeks, 4)
            .Should().Be(new DeadlineComputation.Computed(D("2027-12-31"), null, 0));

        // With nothing listed for 2028 a weekend last day cannot be moved: Sat 1 Jan 2028.
        Calendar(D("2027-12-04"), CountingBasis.CalendarWeeks, 4)
            .Should().Be(new DeadlineComputation.MissingCalendar(D("2028-01-01"), MissingCalendarKind.BankHolidays));
    }

    [Fact]
    public void Compute_PeriodWithoutRollForwardEndingOnASaturday_EndsOnThatSaturday()
    {
        // s.23: 12 months starting with Sun 1 Mar 2025 end Sat 28 Feb 2026; the Act provides no
        // extension, so the Saturday stands (with reg 2(4) it would move to Mon 2 Mar 2026).
        Calendar(D("2025-03-01"), CountingBasis.Months, 12, PeriodStart.DayOfEvent, rollForward: RollForward.None)
            .Should().Be(new DeadlineComputation.Computed(D("2026-02-28"), null, 0));
        Calendar(D("2025-03-01"), CountingBasis.Months, 12, PeriodStart.DayOfEvent, rollForward: RollForward.Reg24)
            .Should().Be(new DeadlineComputation.Computed(D("2026-03-02"), D("2026-02-28"), 0));
    }

    [Fact]
    public void Compute_PeriodWithoutRollForwardInAYearWithNoBankHolidayList_NeedsNoList()
    {
        // 12 weeks after Mon 1 Nov 2027 end Mon 24 Jan 2028; nothing moves, so whether 2028's
        // bank holidays include that day does not matter.
        Calendar(D("2027-11-01"), CountingBasis.CalendarWeeks, 12, rollForward: RollForward.None)
            .Should().Be(new DeadlineComputation.Computed(D("2028-01-24"), null, 0));
    }

    [Fact]
    public void Compute_TribunalFirstWorkingDayOnAWeekend_MovesLikeRegulation2Of4()
    {
        // 8 weeks after Fri 31 Oct 2025 end Fri 26 Dec 2025 (Boxing Day); the first working day
        // after the end of 8 weeks beginning with 31 Oct (Thu 25 Dec) is Mon 29 Dec.
        Calendar(D("2025-10-31"), CountingBasis.CalendarWeeks, 8, rollForward: RollForward.EtwFirstWorkingDay)
            .Should().Be(new DeadlineComputation.Computed(D("2025-12-29"), D("2025-12-26"), 0));
    }

    [Fact]
    public void Compute_TermBasisWithNoCalendarAtAll_NamesTheFirstDayOfThePeriod()
    {
        var result = DeadlineCalculator.Compute(D("2025-09-17"), PeriodStart.DayAfterEvent, CountingBasis.FeiTermTimeDays, 35, RollForward.None, NoPauses, BankHolidays, null, D("2025-09-17"));

        result.Should().Be(new DeadlineComputation.MissingCalendar(D("2025-09-18"), MissingCalendarKind.TermCalendar));
    }

    [Fact]
    public void Compute_SettingWithItsOwnInsetDays_SkipsThem()
    {
        // The test fixture closes Fri 24 Oct and Mon 3 Nov 2025 (both inside the period) for INSET:
        // two fewer school days before 12 Nov, so two more after it: 13 and 14 Nov.
        using var copy = RepositoryCalendars.Copy();
        copy.Write("settings/test-fixture-cardiff-school-own-inset-days.json",
            File.ReadAllText(Path.Combine(RepositoryFolders.Fixture("calendars"), "settings", "test-fixture-cardiff-school-own-inset-days.json")));
        var loaded = Rules.Calendars.CalendarCatalog.Load(copy.Path);
        var terms = loaded.Catalog.SchoolCalendarFor("cardiff", "test-fixture-cardiff-school-own-inset-days", D("2025-09-17"), D("2026-09-17"));

        var result = SchoolDays(D("2025-09-17"), terms: terms);

        loaded.Problems.Should().BeEmpty();
        terms!.Name.Should().Contain("test-fixture-cardiff-school-own-inset-days");
        result.Should().Be(new DeadlineComputation.Computed(D("2025-11-14"), null, 0));
    }

    [Fact]
    public void Compute_LengthBelowOne_Throws()
    {
        var act = () => Calendar(D("2025-09-17"), CountingBasis.CalendarDays, 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}

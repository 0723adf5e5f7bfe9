using AlnDecisions.Domain.Timescales;

namespace AlnDecisions.Rules.Tests.Timescales;

public sealed class CalendarTypesTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly WorkingDays Working = new([D("2026-12-25"), D("2026-12-28")], [2026]);

    [Theory]
    [InlineData("2026-12-24", true)]  // Thursday
    [InlineData("2026-12-25", false)] // Christmas Day
    [InlineData("2026-12-26", false)] // Saturday
    [InlineData("2026-12-28", false)] // Boxing Day substitute
    public void WorkingDays_IsWorkingDay_WeekdayAndNotABankHoliday(string date, bool expected) =>
        Working.IsWorkingDay(D(date)).Should().Be(expected);

    [Fact]
    public void WorkingDays_NextWorkingDayOnOrAfter_SkipsWeekendAndBankHolidays() =>
        Working.NextWorkingDayOnOrAfter(D("2026-12-25")).Should().Be(D("2026-12-29"));

    [Fact]
    public void WorkingDays_YearWithoutAList_IsNotCoveredAndIsNeverGuessed()
    {
        Working.Covers(D("2027-03-01")).Should().BeFalse();

        var act = () => Working.IsWorkingDay(D("2027-03-01"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*2027-03-01*");
    }

    [Fact]
    public void WorkingDays_BankHolidayOutsideTheCoveredYears_IsRefused()
    {
        var act = () => new WorkingDays([D("2027-01-01")], [2026]);

        act.Should().Throw<ArgumentException>();
    }

    private static TermCalendar Terms() => new("test", "test source", [new AcademicYear(2025)],
        [new TermRange(D("2025-09-01"), D("2025-10-24")), new TermRange(D("2025-11-03"), D("2025-12-19"))],
        [D("2025-09-02")]);

    [Theory]
    [InlineData("2025-09-01", true)]
    [InlineData("2025-09-02", false)] // closure
    [InlineData("2025-09-06", false)] // Saturday
    [InlineData("2025-10-27", false)] // half-term: the gap between blocks
    [InlineData("2025-11-03", true)]
    [InlineData("2025-12-22", false)] // Christmas holiday
    [InlineData("2026-09-01", false)] // not covered
    public void TermCalendar_IsTermDay_CoveredWeekdayInTermAndNotClosed(string date, bool expected) =>
        Terms().IsTermDay(D(date)).Should().Be(expected);

    [Fact]
    public void TermCalendar_Covers_WholeSchoolYearsOnly()
    {
        var terms = Terms();

        terms.Covers(D("2025-09-01")).Should().BeTrue();
        terms.Covers(D("2026-08-31")).Should().BeTrue();
        terms.Covers(D("2025-08-31")).Should().BeFalse();
        terms.Covers(D("2026-09-01")).Should().BeFalse();
    }

    [Fact]
    public void TermCalendar_OverlappingTerms_AreRefused()
    {
        var act = () => new TermCalendar("test", "", [new AcademicYear(2025)],
            [new TermRange(D("2025-09-01"), D("2025-10-24")), new TermRange(D("2025-10-20"), D("2025-12-19"))], []);

        act.Should().Throw<ArgumentException>().WithMessage("*overlaps*");
    }

    [Fact]
    public void TermCalendar_TermOutsideItsYears_IsRefused()
    {
        var act = () => new TermCalendar("test", "", [new AcademicYear(2025)], [new TermRange(D("2026-09-01"), D("2026-10-23"))], []);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ClockPause_ResumingBeforeItStarts_IsRefused()
    {
        var act = () => new ClockPause(D("2025-10-10"), D("2025-10-09"));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("2025-26", true, 2025)]
    [InlineData("1999-00", true, 1999)]
    [InlineData("2025-27", false, 0)]
    [InlineData("2025/26", false, 0)]
    [InlineData("25-26", false, 0)]
    public void AcademicYear_TryParse_NeedsConsecutiveYears(string text, bool ok, int startYear)
    {
        AcademicYear.TryParse(text, out var year).Should().Be(ok);
        year.StartYear.Should().Be(startYear);
    }

    [Theory]
    [InlineData("2025-08-31", "2024-25")]
    [InlineData("2025-09-01", "2025-26")]
    public void AcademicYear_Of_TurnsOnFirstSeptember(string date, string expected) =>
        AcademicYear.Of(D(date)).ToString().Should().Be(expected);
}

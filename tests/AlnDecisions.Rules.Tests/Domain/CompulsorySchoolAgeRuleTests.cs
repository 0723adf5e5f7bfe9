using AlnDecisions.Domain;

namespace AlnDecisions.Rules.Tests.Domain;

public sealed class CompulsorySchoolAgeRuleTests
{
    // The values rules/national/aln-determination.json sets.
    private static readonly CompulsorySchoolAgeRule Wales = new(5, [(3, 31), (8, 31), (12, 31)], 16, 6, DayOfWeek.Friday, 9);

    [Theory]
    [InlineData("2019-01-15", "2024-03-31")] // fifth birthday 15 Jan 2024: next prescribed day 31 March
    [InlineData("2019-08-31", "2024-08-31")] // birthday on a prescribed day: that day
    [InlineData("2019-09-01", "2024-12-31")]
    [InlineData("2019-12-31", "2024-12-31")]
    public void StartsOn_PrescribedDayOnOrAfterFifthBirthday(string born, string expected) =>
        Wales.StartsOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2009-03-10", "2025-06-27")] // 16 in March 2025: last Friday of June 2025
    [InlineData("2009-07-20", "2025-06-27")] // 16 in July, before the next school year: same leaving date
    [InlineData("2009-09-01", "2026-06-26")] // 16 on 1 September: the following year's leaving date
    public void EndsOn_SchoolLeavingDateThatApplies(string born, string expected) =>
        Wales.EndsOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void LearnerAge_OnLeavingDateAndDayAfter_OverCompulsorySchoolAgeOnlyAfter()
    {
        var born = new DateOnly(2009, 3, 10);

        LearnerAge.On(born, new DateOnly(2025, 6, 27), Wales).OverCompulsorySchoolAge.Should().BeFalse();
        LearnerAge.On(born, new DateOnly(2025, 6, 28), Wales).OverCompulsorySchoolAge.Should().BeTrue();
    }

    [Fact]
    public void LearnerAge_DayBefore25thBirthday_IsInScope()
    {
        var born = new DateOnly(2000, 5, 1);

        LearnerAge.On(born, new DateOnly(2025, 4, 30), Wales).TwentyFiveOrOver.Should().BeFalse();
        LearnerAge.On(born, new DateOnly(2025, 5, 1), Wales).TwentyFiveOrOver.Should().BeTrue();
    }
}

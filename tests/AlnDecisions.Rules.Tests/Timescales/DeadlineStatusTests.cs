using AlnDecisions.Domain.Timescales;

namespace AlnDecisions.Rules.Tests.Timescales;

public sealed class DeadlineStatusTests
{
    private static DateOnly? D(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-11-12", "2025-11-10", "2025-11-20", false, DeadlineStatusKind.Met)]      // done early
    [InlineData("2025-11-12", "2025-11-12", "2025-11-20", false, DeadlineStatusKind.Met)]      // done on the due date
    [InlineData("2025-11-12", "2025-11-12", "2025-11-20", true, DeadlineStatusKind.Met)]       // an excuse changes nothing when met
    [InlineData("2025-11-12", "2025-11-13", "2025-11-20", false, DeadlineStatusKind.Breached)] // done a day late
    [InlineData("2025-11-12", null, "2025-11-13", false, DeadlineStatusKind.Breached)]         // not done, due date passed
    [InlineData("2025-11-12", "2025-11-13", "2025-11-20", true, DeadlineStatusKind.Excused)]   // late, beyond its control
    [InlineData("2025-11-12", null, "2025-11-13", true, DeadlineStatusKind.Excused)]
    [InlineData("2025-11-12", null, "2025-11-12", false, DeadlineStatusKind.Open)]             // due today: not yet late
    [InlineData("2025-11-12", null, "2025-10-01", true, DeadlineStatusKind.Open)]
    [InlineData(null, null, "2026-01-01", false, DeadlineStatusKind.Open)]                     // paused or calendar missing: nothing to judge
    [InlineData(null, "2025-11-01", "2026-01-01", false, DeadlineStatusKind.Open)]
    public void StatusOf_DueDateMetOnAsOfAndExcuse_ReturnsTheStatus(string? due, string? met, string asOf, bool excused, DeadlineStatusKind expected) =>
        DeadlineStatus.StatusOf(D(due), D(met), D(asOf)!.Value, excused).Should().Be(expected);
}

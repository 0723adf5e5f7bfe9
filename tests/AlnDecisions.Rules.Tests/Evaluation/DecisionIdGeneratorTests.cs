using AlnDecisions.Rules.Evaluation;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class DecisionIdGeneratorTests
{
    [Fact]
    public void Next_LaterTime_SortsAfterAndIsUnique()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero));
        var ids = new DecisionIdGenerator(clock);

        var first = ids.Next();
        var sameMillisecond = ids.Next();
        clock.Now = clock.Now.AddMilliseconds(1);
        var later = ids.Next();

        first.Should().HaveLength(26).And.MatchRegex("^[0-9A-HJKMNP-TV-Z]{26}$");
        sameMillisecond.Should().NotBe(first);
        string.CompareOrdinal(later, first).Should().BePositive();
        string.CompareOrdinal(later, sameMillisecond).Should().BePositive();
    }
}

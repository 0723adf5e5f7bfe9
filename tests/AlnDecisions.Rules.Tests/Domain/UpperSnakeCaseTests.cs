using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;

namespace AlnDecisions.Rules.Tests.Domain;

public sealed class UpperSnakeCaseTests
{
    [Theory]
    [InlineData(CaseEventKind.BroughtToAttention, "BROUGHT_TO_ATTENTION")]
    [InlineData(CaseEventKind.S20ReferralReceived, "S20_REFERRAL_RECEIVED")]
    [InlineData(CaseEventKind.DelayBeyondControl, "DELAY_BEYOND_CONTROL")]
    public void From_EnumMember_GivesContractName(CaseEventKind kind, string expected)
    {
        UpperSnakeCase.From(kind).Should().Be(expected);
        UpperSnakeCase.TryParse<CaseEventKind>(expected, out var parsed).Should().BeTrue();
        parsed.Should().Be(kind);
    }

    [Fact]
    public void From_DigitsStayWithTheWordBefore()
    {
        UpperSnakeCase.From(DecisionKind.Post16ReasonableNeeds).Should().Be("POST16_REASONABLE_NEEDS");
        UpperSnakeCase.From(CountingBasis.FeiTermTimeDays).Should().Be("FEI_TERM_TIME_DAYS");
    }
}

using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.RuleSets;

/// <summary>Each calendar-basis timescale says whose roll-forward applies; none is assumed (reg 2(4) covers only the Regulations' periods).</summary>
public sealed class TimescaleRollForwardParsingTests
{
    private static RuleSetParseResult Parse(string basis, string? rollForward, string periodStart = "DAY_AFTER_EVENT")
    {
        var roll = rollForward is null ? string.Empty : $$""", "rollForward": "{{rollForward}}" """;
        var rule = $$"""
              {
                "RuleName": "a-period",
                "Expression": "true",
                "Properties": {
                  "outcome": "DEADLINES_COMPUTED",
                  "timescale": { "startEvents": ["S20_REFERRAL_RECEIVED"], "periodStart": "{{periodStart}}", "basis": "{{basis}}", "length": 6{{roll}} },
                  "citations": [ { "source": "test citation", "confidence": "P" } ],
                  "text": { "en": "English text.", "cy": "Testun Cymraeg." }
                }
              }
            """;
        return RuleSetParser.Parse("national/test.json", RuleFiles.Bytes(RuleFiles.RuleSet(rules: rule, kind: "STATUTORY_TIMESCALES")));
    }

    [Theory]
    [InlineData("NONE", RollForward.None)]
    [InlineData("REG_2_4", RollForward.Reg24)]
    [InlineData("ETW_FIRST_WORKING_DAY", RollForward.EtwFirstWorkingDay)]
    public void Parse_CalendarBasisWithRollForward_ReadsIt(string code, RollForward expected)
    {
        var result = Parse("CALENDAR_WEEKS", code);

        result.Problems.Should().BeEmpty();
        result.Definition!.Rules.Single().Timescale!.RollForward.Should().Be(expected);
    }

    [Fact]
    public void Parse_CalendarBasisWithoutRollForward_IsRejectedNamingTheChoices()
    {
        var problem = Parse("CALENDAR_WEEKS", null).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(ProblemCodes.FieldMissing);
        problem.RuleName.Should().Be("a-period");
        problem.Message.Should().Contain("NONE, REG_2_4, ETW_FIRST_WORKING_DAY");
    }

    [Fact]
    public void Parse_TermBasisWithRollForward_IsRejected()
    {
        Parse("SCHOOL_DAYS", "REG_2_4").Problems.Should().ContainSingle().Which.Message.Should().Contain("calendar-basis periods");
    }

    [Fact]
    public void Parse_UnknownRollForward_IsRejected()
    {
        Parse("MONTHS", "REG_2").Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.FieldInvalid);
    }

    [Fact]
    public void Parse_TribunalFirstWorkingDayCountedFromTheEventsOwnDay_IsRejected()
    {
        Parse("CALENDAR_WEEKS", "ETW_FIRST_WORKING_DAY", periodStart: "DAY_OF_EVENT").Problems.Should().ContainSingle()
            .Which.Message.Should().Contain("DAY_AFTER_EVENT");
    }
}

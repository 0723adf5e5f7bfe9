using AlnDecisions.Specs.Runner;

namespace AlnDecisions.Features.Tests;

public sealed class StepLibraryTests
{
    private static readonly ScenarioRunner Runner =
        ScenarioRunner.Create(new ScenarioEnvironment(ScenarioEnvironment.FindRepositoryRoot(AppContext.BaseDirectory)));

    [Fact]
    public async Task Run_UnknownStep_FailsListingKnownSteps()
    {
        var scenario = FeatureReader.Read("inline.feature", """
            Feature: inline
              Scenario: a step nobody wrote
                Given the learner likes trains
            """).Single();

        var failure = await Runner.Invoking(r => r.RunAsync(scenario)).Should().ThrowAsync<ScenarioFailedException>();

        failure.Which.Message.Should().Contain("No step definition matches \"Given the learner likes trains\"")
            .And.Contain("Known steps:")
            .And.Contain("Given the learner was born on");
    }

    [Fact]
    public async Task Run_NewFactCombination_NeedsNoNewCode()
    {
        var scenario = FeatureReader.Read("inline.feature", """
            Feature: inline
              Scenario: language of home, written inline
                Given the decision is made in "gwynedd" on "2025-10-01"
                And the learner was born on "2016-05-04"
                And the learner has these facts:
                  | fact                         | value |
                  | needs.solelyLanguageOfHome   | true  |
                  | setting.kind                 | MAINTAINED_SCHOOL |
                When the "ALN_DETERMINATION" decision is made
                Then the outcome is "NO_ALN"
                And the deciding rule cites "s.2(4)"
            """).Single();

        await Runner.RunAsync(scenario);
    }

    [Fact]
    public async Task Run_WrongExpectation_FailsNamingLineAndBothValues()
    {
        var scenario = FeatureReader.Read("inline.feature", """
            Feature: inline
              Scenario: wrong expectation
                Given the decision is made in "gwynedd" on "2025-10-01"
                And the learner was born on "2016-05-04"
                And the learner's "needs.solelyLanguageOfHome" is true
                When the "ALN_DETERMINATION" decision is made
                Then the outcome is "HAS_ALN"
            """).Single();

        var failure = await Runner.Invoking(r => r.RunAsync(scenario)).Should().ThrowAsync<ScenarioFailedException>();

        failure.Which.Message.Should().Contain("inline.feature:7").And.Contain("expected outcome HAS_ALN but got NO_ALN");
    }

    [Fact]
    public void Read_ScenarioOutline_OneCasePerExampleRow()
    {
        var cases = FeatureReader.Read("inline.feature", """
            Feature: inline
              Scenario Outline: born <born>
                Given the learner was born on "<born>"
                Examples:
                  | born       |
                  | 2015-01-01 |
                  | 2016-01-01 |
            """);

        cases.Should().HaveCount(2);
        cases[1].Steps.Single().Text.Should().Be("the learner was born on \"2016-01-01\"");
        cases[1].Id.Should().EndWith("[row 2]");
    }

    [Fact]
    public async Task Run_FeatureThatDoesNotParse_FailsWithParserMessage()
    {
        var scenario = FeatureReader.Read("broken.feature", "Feature: x\n  Scenario: y\n    Given a table\n      | a |\n      | b | c |\n").Single();

        var failure = await Runner.Invoking(r => r.RunAsync(scenario)).Should().ThrowAsync<ScenarioFailedException>();

        failure.Which.Message.Should().Contain("broken.feature does not parse");
    }
}

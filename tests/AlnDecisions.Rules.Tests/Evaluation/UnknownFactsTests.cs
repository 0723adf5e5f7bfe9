using AlnDecisions.Contract.Facts;
using AlnDecisions.Domain;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.Expressions;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class UnknownFactsTests
{
    private static readonly FactModel Model = FactModels.For(ContractFacts.Schema);
    private static readonly RulesEngineAdapter Adapter = new(Model);

    private static CompiledExpression Compile(string expression) => Adapter.Compile(expression).Compiled!;

    private static FactSnapshot Facts(params (string Path, object? Value)[] values) =>
        FactSnapshot.Blank(Model).With(values.Select(v => (Model.Require(v.Path), v.Value, (IReadOnlyList<MissingInformation>?)null)).ToArray());

    [Fact]
    public void Probe_UnknownThatCannotChangeTheAnswer_IsSettled()
    {
        var (result, missing) = UnknownFacts.Probe(Compile("learner.lookedAfter == true && learner.dualRegistered == true"), Facts(("learner.lookedAfter", false)));

        result.Should().Be(RuleResult.Failed);
        missing.Should().BeEmpty();
    }

    [Fact]
    public void Probe_UnknownThatDecides_IsUndeterminedAndNamed()
    {
        var (result, missing) = UnknownFacts.Probe(Compile("learner.lookedAfter == true && learner.dualRegistered == true"), Facts(("learner.lookedAfter", true)));

        result.Should().Be(RuleResult.Undetermined);
        missing.Should().Equal(new MissingInformation.Fact("learner.dualRegistered"));
    }

    [Fact]
    public void Probe_OnlyFactsWhoseValueAloneMatters_AreMissing()
    {
        // (a || b) && c with a true: b cannot change the answer once a is true; c can.
        var (result, missing) = UnknownFacts.Probe(
            Compile("(learner.lookedAfter == true || learner.dualRegistered == true) && learner.electivelyHomeEducated == true"),
            Facts(("learner.lookedAfter", true)));

        result.Should().Be(RuleResult.Undetermined);
        missing.Should().Equal(new MissingInformation.Fact("learner.electivelyHomeEducated"));
    }

    [Fact]
    public void Probe_TautologyOverAnUnknown_IsPassedWithoutAsking()
    {
        var (result, missing) = UnknownFacts.Probe(Compile("learner.lookedAfter == true || learner.lookedAfter == false"), Facts());

        result.Should().Be(RuleResult.Passed);
        missing.Should().BeEmpty();
    }

    [Fact]
    public void Probe_UnknownText_IsTriedOnTheValuesTheExpressionCanTellApart()
    {
        var rule = Compile("learner.homeAuthority == \"england\"");

        UnknownFacts.Probe(rule, Facts()).Result.Should().Be(RuleResult.Undetermined);
        UnknownFacts.Probe(Compile("learner.homeAuthority == learner.setting.authority || true"), Facts()).Result.Should().Be(RuleResult.Passed);
    }

    [Fact]
    public void Probe_UnknownAgeFact_AsksForTheDateOfBirth()
    {
        var (_, missing) = UnknownFacts.Probe(Compile("age.underThree == true"), Facts());

        missing.Should().Equal(new MissingInformation.Fact("learner.dateOfBirth"));
    }

    [Fact]
    public void Probe_DerivedFactUnknownBehindAnotherDecision_ReportsThatDecisionsMissingFacts()
    {
        IReadOnlyList<MissingInformation> behind = [new MissingInformation.Fact("learner.provision.reasonableForSchoolToSecure")];
        var facts = FactSnapshot.Blank(Model).With((Model.Require("idp.outcome"), null, behind));

        var (result, missing) = UnknownFacts.Probe(Compile("idp.outcome == \"SCHOOL\""), facts);

        result.Should().Be(RuleResult.Undetermined);
        missing.Should().Equal(behind);
    }
}

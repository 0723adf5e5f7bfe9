using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using Decision = AlnDecisions.Contract.V1.Decision;
using DecisionField = AlnDecisions.Domain.DecisionField;

namespace AlnDecisions.Contract.Tests;

public sealed class FurtherAnswersTests
{
    [Fact]
    public void Fields_AreExactlyTheDomainsDecisionFields_AndEachIsAFieldOfTheContractsDecision()
    {
        var contract = Decision.Descriptor.Fields.InDeclarationOrder().Select(f => f.JsonName).ToHashSet(StringComparer.Ordinal);

        FurtherAnswers.Fields.Select(f => f.Name).Should().BeEquivalentTo(Enum.GetValues<DecisionField>().Select(f => f.JsonName()));
        contract.Should().Contain(FurtherAnswers.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Of_ReadsEachSetAnswerAndLeavesOutTheUnset()
    {
        var decision = new Decision { ResponsibleAuthority = "powys", MayDirectSchool = false, Recoupment = "HOME_PAYS" };

        FurtherAnswers.Of(decision).Should().Equal(("responsibleAuthority", "powys"), ("mayDirectSchool", "false"), ("recoupment", "HOME_PAYS"));
    }
}

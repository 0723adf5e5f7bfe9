using AlnDecisions.Domain;
using AlnDecisions.Rules.Plan;

namespace AlnDecisions.Rules.Tests.Plan;

public sealed class DecisionPlanTests
{
    private static Dictionary<DecisionKind, IReadOnlySet<string>> Reads(params (DecisionKind Kind, string[] Facts)[] reads) =>
        reads.ToDictionary(r => r.Kind, r => (IReadOnlySet<string>)r.Facts.ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void For_KindReadingAlnStatus_DecidesAlnAndPublishesFirst()
    {
        var (steps, cycle) = DecisionPlan.For([DecisionKind.IdpResponsibility], Reads((DecisionKind.IdpResponsibility, ["aln.status", "learner.lookedAfter"])));

        cycle.Should().BeNull();
        steps.Select(Describe).Should().Equal("ALN_DETERMINATION", "publish aln.status", "IDP_RESPONSIBILITY");
    }

    [Fact]
    public void For_CrossBorder_PublishesTheIdpQuestionAfterWhatTheIdpKindReads()
    {
        var (steps, _) = DecisionPlan.For([DecisionKind.CrossBorder], Reads(
            (DecisionKind.CrossBorder, ["idp.outcome", "aln.status"]),
            (DecisionKind.IdpResponsibility, ["aln.status"])));

        steps.Select(Describe).Should().Equal("ALN_DETERMINATION", "publish aln.status", "publish idp.outcome, idp.schoolAuthorityOutcome, idp.principlesConflict", "CROSS_BORDER");
    }

    [Fact]
    public void For_KindThatWaitsForItself_IsACycle()
    {
        var (_, cycle) = DecisionPlan.For([DecisionKind.AlnDetermination], Reads((DecisionKind.AlnDetermination, ["aln.status"])));

        cycle.Should().Contain("ALN_DETERMINATION").And.Contain("aln.status");
    }

    [Fact]
    public void For_KindReadingNoPublishedFact_IsDecidedAlone()
    {
        var (steps, _) = DecisionPlan.For([DecisionKind.StatutoryTimescales], Reads((DecisionKind.StatutoryTimescales, ["age.overCompulsorySchoolAge"])));

        steps.Select(Describe).Should().Equal("STATUTORY_TIMESCALES");
    }

    private static string Describe(DecisionPlan.Step step) =>
        step.Kind is { } kind ? UpperSnakeCase.From(kind) : "publish " + string.Join(", ", step.Publisher!.Publishes.Select(f => f.Path));
}

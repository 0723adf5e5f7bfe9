using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Plan;

/// <summary>
/// <c>aln.status</c>: HAS_ALN or NO_ALN from the caller's recorded determination
/// (<c>learner.hasAln</c>) when given, else this request's own ALN decision; NOT_DECIDED while that
/// decision needs information, which rules then report in its place.
/// </summary>
internal sealed class AlnStatusPublisher : FactPublisher
{
    public const string Status = "aln.status";
    private static readonly Outcome HasAln = new("HAS_ALN");
    private static readonly Outcome NoAln = new("NO_ALN");

    public override IReadOnlyList<DerivedFact> Publishes { get; } =
        [new(Status, FactKind.Choice, ["HAS_ALN", "NO_ALN", "NOT_DECIDED"], ["learner.hasAln"], Triable: false)];

    public override IReadOnlyList<DecisionKind> Reads { get; } = [DecisionKind.AlnDetermination];

    public override FactSnapshot Publish(DecisionRun run, FactSnapshot facts)
    {
        var aln = run.Decided[DecisionKind.AlnDetermination];
        var status = facts[facts.Model.Require("learner.hasAln")] switch
        {
            true => "HAS_ALN",
            false => "NO_ALN",
            _ => aln.Outcome == HasAln || aln.Outcome == NoAln ? aln.Outcome.Code : "NOT_DECIDED",
        };
        return facts.With((facts.Model.Require(Status), status, null));
    }
}

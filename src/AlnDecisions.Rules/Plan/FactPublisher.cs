using AlnDecisions.Domain;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Plan;

/// <summary>
/// Publishes facts one decision gives another: whether the learner has ALN, what the IDP question
/// gives under each authority. A kind whose rules read a published fact waits for its publisher;
/// the publisher in turn waits for the decisions it reads. The engine orders them from these
/// declarations and each publication makes a new fact snapshot.
/// </summary>
internal abstract class FactPublisher
{
    /// <summary>The facts it publishes.</summary>
    public abstract IReadOnlyList<DerivedFact> Publishes { get; }

    /// <summary>Kinds whose decision (for the deciding authority) it reads.</summary>
    public abstract IReadOnlyList<DecisionKind> Reads { get; }

    /// <summary>Kinds it evaluates itself (for other authorities), so it waits for what they read.</summary>
    public virtual IReadOnlyList<DecisionKind> Evaluates => [];

    /// <summary>The snapshot with its facts published.</summary>
    public abstract FactSnapshot Publish(DecisionRun run, FactSnapshot facts);

    /// <summary>Adds to a decision that read its facts what a panel needs to see of them; unchanged by default.</summary>
    public virtual Decision Annotate(Decision decision, DecisionRun run) => decision;
}

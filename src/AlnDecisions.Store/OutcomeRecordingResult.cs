namespace AlnDecisions.Store;

/// <summary>
/// The answer to <see cref="DecisionStore.RecordOutcomeAsync"/>: the recorded human decision, or
/// every problem with it. Refusal is an expected answer, not an exception.
/// </summary>
public sealed class OutcomeRecordingResult
{
    private OutcomeRecordingResult(RecordedHumanDecision? recorded, IReadOnlyList<StoreProblem> problems)
    {
        Recorded = recorded;
        Problems = problems;
    }

    /// <summary>The human decision as recorded; null when refused.</summary>
    public RecordedHumanDecision? Recorded { get; }

    /// <summary>Every problem found; empty when recorded.</summary>
    public IReadOnlyList<StoreProblem> Problems { get; }

    /// <summary>Whether the human decision was recorded.</summary>
    public bool IsRecorded => Recorded is not null;

    /// <summary>Whether the refusal is because the decision is not (or no longer) recorded.</summary>
    public bool IsDecisionNotFound => Problems.Any(p => p.Code == StoreProblemCode.DecisionNotFound);

    internal static OutcomeRecordingResult Success(RecordedHumanDecision recorded) => new(recorded, []);

    internal static OutcomeRecordingResult Refused(IReadOnlyList<StoreProblem> problems) => new(null, problems);
}

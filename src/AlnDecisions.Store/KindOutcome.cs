namespace AlnDecisions.Store;

/// <summary>One kind decided in a decision record and the outcome the engine recommended for it.</summary>
/// <param name="Kind">The decision kind's stable code, e.g. <c>ALN_DETERMINATION</c>.</param>
/// <param name="Outcome">The recommended outcome's stable code, e.g. <c>HAS_ALN</c>.</param>
/// <remarks>
/// The kind is stored in the clear (the list query filters on it); the outcome is a fact about the
/// learner and is stored only inside the encrypted envelope.
/// </remarks>
public sealed record KindOutcome(string Kind, string Outcome);

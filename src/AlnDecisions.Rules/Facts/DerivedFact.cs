using AlnDecisions.Domain.Facts;

namespace AlnDecisions.Rules.Facts;

/// <summary>A fact the service works out rather than the caller gives.</summary>
/// <param name="Path">How expressions name it.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Choices">Its codes, for a choice.</param>
/// <param name="RequestNames">What a caller gives to make it known: the facts it is worked out from.</param>
/// <param name="Triable">Whether an unknown value may be tried: only where its values vary independently of other facts rules read.</param>
internal sealed record DerivedFact(string Path, FactKind Kind, IReadOnlyList<string> Choices, IReadOnlyList<string> RequestNames, bool Triable);

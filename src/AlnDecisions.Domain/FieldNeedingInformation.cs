namespace AlnDecisions.Domain;

/// <summary>
/// A further answer a decision cannot give yet although its outcome is settled: e.g. the home
/// authority is responsible whatever the IDP question's answer, but who funds the provision depends on it.
/// </summary>
/// <param name="Field">The further answer left unset.</param>
/// <param name="Missing">What would settle it, each once.</param>
public sealed record FieldNeedingInformation(DecisionField Field, IReadOnlyList<MissingInformation> Missing);

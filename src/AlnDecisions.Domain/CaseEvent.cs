namespace AlnDecisions.Domain;

/// <summary>One dated event of a case.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Date">When.</param>
/// <param name="Body">Who it concerns; null when not given.</param>
/// <param name="Reason">For a pause or a delay beyond control: the recorded reason.</param>
/// <param name="Evidence">What records the reason (a document reference, never personal details).</param>
/// <param name="Step">For pauses and delays: the step it applies to; null for every open step.</param>
public sealed record CaseEvent(CaseEventKind Kind, DateOnly Date, EventBody? Body = null, string? Reason = null, string? Evidence = null, string? Step = null);

using AlnDecisions.Contract.V1;

namespace AlnDecisions.Cli.Reports.Replay;

/// <summary>A request as it was recorded, with the response it got when there is one.</summary>
/// <param name="Request">The request.</param>
/// <param name="Recorded">The response recorded with it; null when only the request is known (a caseload file), in which case the current rules answer it.</param>
/// <param name="Where">Where it came from, for error messages (e.g. <c>cases.jsonl:12</c>).</param>
public sealed record RecordedDecision(DecisionRequest Request, DecisionResponse? Recorded, string Where);

/// <summary>
/// Recorded requests since a date: what replay re-decides. A caseload file is one source; the
/// decision record (<see cref="DecisionRecordSource"/>) is the other.
/// </summary>
public interface IRecordedDecisions
{
    /// <summary>What this source is, for the report.</summary>
    string Description { get; }

    /// <summary>Every recorded request decided on or after <paramref name="since"/> (all when null), in order.</summary>
    IAsyncEnumerable<RecordedDecision> ReadSinceAsync(DateOnly? since, CancellationToken cancellationToken);
}

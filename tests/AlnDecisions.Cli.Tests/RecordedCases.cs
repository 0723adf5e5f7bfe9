using System.Globalization;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Store;
using AlnDecisions.Store.Configuration;
using Google.Protobuf;

namespace AlnDecisions.Cli.Tests;

/// <summary>
/// A real SQLite decision record in a data directory, written as the host writes one: each case
/// decided by the pipeline over rules/, its request and FULL response recorded with the store.
/// </summary>
internal static class RecordedCases
{
    public static Task WriteAsync(string dataDirectory, params string[] cases) => WriteAsync(dataDirectory, null, cases);

    /// <summary>Records <paramref name="cases"/>; with <paramref name="decidedOn"/>, as decided on that day (a request that gives no date is decided "today").</summary>
    public static async Task WriteAsync(string dataDirectory, DateOnly? decidedOn, params string[] cases)
    {
        var pipeline = await DecisionPipeline.LoadAsync(Path.Combine(AlnRulesProcess.RepositoryRoot, "rules"));
        using var registry = pipeline.Registry;
        await using var store = new DecisionStore(new DecisionStoreOptions { DataDirectory = dataDirectory }, TimeProvider.System);
        foreach (var json in cases)
        {
            var request = JsonParser.Default.Parse<DecisionRequest>(json);
            var asked = request.Clone();
            if (decidedOn is { } day && asked.DecisionDate.Length == 0)
            {
                asked.DecisionDate = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            var result = await pipeline.DecideForRecordAsync(asked);
            var full = result.Full ?? throw new InvalidOperationException($"the case was refused: {string.Join("; ", result.Violations.Select(v => v.Field))}");
            await store.AppendAsync(new DecisionRecord(
                full.DecisionId,
                full.CaseReference,
                request.Authority,
                DateOnly.ParseExact(full.DecisionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                [.. full.Decisions.Select(d => new KindOutcome(d.Kind.ToString(), d.Outcome))],
                [.. full.Decisions.SelectMany(d => d.RuleSets).Select(s => new RuleSetStamp(s.Id, s.Version, s.Sha256)).Distinct()],
                request.ToByteArray(),
                full.ToByteArray()));
        }
    }
}

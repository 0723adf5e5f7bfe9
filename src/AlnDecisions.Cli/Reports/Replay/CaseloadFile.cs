using System.Globalization;
using System.Runtime.CompilerServices;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using Google.Protobuf;

namespace AlnDecisions.Cli.Reports.Replay;

/// <summary>
/// A caseload file: one <c>DecisionRequest</c> in proto3 JSON per line (blank lines skipped), or,
/// for a file named <c>*.binpb</c>, length-delimited binary DecisionRequests (the contract's own
/// wire encoding, about five times quicker to read for a large caseload). It
/// records no responses, so replay answers each case with the current rules as well. "Since" is the
/// request's decision date; a request without one is decided as of today and always included.
/// </summary>
public sealed class CaseloadFile(string path) : IRecordedDecisions
{
    /// <inheritdoc/>
    public string Description => $"caseload {path}";

    /// <inheritdoc/>
    public async IAsyncEnumerable<RecordedDecision> ReadSinceAsync(DateOnly? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var full = RepositoryPaths.ExistingFile(path, "caseload");
        var sinceText = since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (IsBinary(path))
        {
            await foreach (var recorded in ReadBinaryAsync(full, sinceText, cancellationToken))
            {
                yield return recorded;
            }

            yield break;
        }

        // proto3 JSON parsing is the slow part of reading a caseload (tens of microseconds a line),
        // so lines are parsed in batches on every core while the order of the file is kept.
        using var reader = new StreamReader(full);
        var number = 0;
        var batch = new List<(int Number, string Line)>(BatchSize);
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    batch.Add((number, line));
                }
            }

            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var recorded in ParseBatch(batch))
            {
                if (IsSince(recorded.Request, sinceText))
                {
                    yield return recorded;
                }
            }
        }
    }

    private const int BatchSize = 512;

    private RecordedDecision[] ParseBatch(List<(int Number, string Line)> batch)
    {
        var parsed = new RecordedDecision[batch.Count];
        var failures = new System.Collections.Concurrent.ConcurrentBag<(int Number, string Message)>();
        Parallel.For(0, batch.Count, i =>
        {
            try
            {
                parsed[i] = new RecordedDecision(ContractJson.Parser.Parse<DecisionRequest>(batch[i].Line), null, $"{path}:{batch[i].Number}");
            }
            catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException)
            {
                failures.Add((batch[i].Number, ex.Message));
            }
        });
        if (!failures.IsEmpty)
        {
            var first = failures.MinBy(f => f.Number);
            throw new CommandFailedException($"{path}:{first.Number}: not a DecisionRequest in proto3 JSON: {first.Message}");
        }

        return parsed;
    }

    /// <summary>Whether <paramref name="path"/> names a binary caseload.</summary>
    public static bool IsBinary(string path) => path.EndsWith(".binpb", StringComparison.OrdinalIgnoreCase);

    // ISO dates compare as text.
    private static bool IsSince(DecisionRequest request, string? since) =>
        since is null || request.DecisionDate.Length == 0 || string.CompareOrdinal(request.DecisionDate, since) >= 0;

    private async IAsyncEnumerable<RecordedDecision> ReadBinaryAsync(string full, string? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = new BufferedStream(File.OpenRead(full), 1 << 16);
        var number = 0;
        while (stream.Position < stream.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            DecisionRequest request;
            try
            {
                request = DecisionRequest.Parser.ParseDelimitedFrom(stream);
            }
            catch (InvalidProtocolBufferException ex)
            {
                throw new CommandFailedException($"{path}: case {number} is not a length-delimited binary DecisionRequest: {ex.Message}");
            }

            if (IsSince(request, since))
            {
                yield return new RecordedDecision(request, null, $"{path}#{number}");
            }
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Tests.Properties;
using Google.Protobuf;

namespace AlnDecisions.Server.Tests.Properties;

/// <summary>
/// Generated requests, valid and broken, through the one pipeline every front end uses (the
/// repository's rules/). Seeded and bounded: the same cases every run, a few seconds each.
/// </summary>
public sealed partial class PipelineRequestPropertyTests
{
    private static readonly Lazy<Task<DecisionPipeline>> Repository = new(() => DecisionPipeline.LoadAsync(RepositoryPaths.Rules));

    [Fact]
    public async Task DecideAsync_AnyGeneratedRequest_DecidedOrRefusedByFieldNeverThrows()
    {
        var pipeline = await Repository.Value;

        await RequestGen.Any.CheckAsync(async request =>
        {
            var result = await pipeline.DecideAsync(request);

            if (result.IsValid)
            {
                AssertDecided(result.Response!);
            }
            else
            {
                AssertRefusedCleanly(result.Violations);
            }
        }, cases: 600, seed: 20251001, print: Print);
    }

    [Fact]
    public async Task DecideAsync_ValidRequest_IsDecided()
    {
        var pipeline = await Repository.Value;

        await RequestGen.Valid.CheckAsync(async request =>
        {
            var result = await pipeline.DecideAsync(request);

            result.Violations.Should().BeEmpty(because: "a request within every limit is decided: " + Print(request));
            AssertDecided(result.Response!);
        }, cases: 400, seed: 20210901, print: Print);
    }

    [Fact]
    public async Task DecideAsync_ValidRequestWithFieldsBroken_RefusedNamingEachBrokenField()
    {
        var pipeline = await Repository.Value;

        await RequestGen.Broken.CheckAsync(async broken =>
        {
            var result = await pipeline.DecideAsync(broken.Request);

            result.IsValid.Should().BeFalse();
            AssertRefusedCleanly(result.Violations);
            foreach (var breakage in Expected(broken.Broken))
            {
                var stem = breakage.Field.TrimEnd('[');
                result.Violations.Should().Contain(v => v.Field == stem || v.Field.StartsWith(stem + ".", StringComparison.Ordinal) || v.Field.StartsWith(stem + "[", StringComparison.Ordinal),
                    because: $"'{breakage}' must be reported by its field");
            }
        }, cases: 600, seed: 20180124, print: b => $"{string.Join("; ", b.Broken.Select(x => x.ToString()))} in {Print(b.Request)}");
    }

    /// <summary>
    /// The breakages that must each be named. One checked against the decision date or the date of
    /// birth, or a step (named by the timescales in force on the decision date), is not reported
    /// again when that date is itself broken (one bad date, one report).
    /// </summary>
    private static IEnumerable<RequestGen.Breakage> Expected(RequestGen.Breakage[] broken) => broken.Where(b =>
        !((b.What.Contains("decision date", StringComparison.Ordinal) || b.What.Contains("step", StringComparison.Ordinal)) && broken.Any(o => o.Field == "decisionDate"))
        && !(b.What.Contains("born", StringComparison.Ordinal) && broken.Any(o => o.Field is "decisionDate" or "learner.dateOfBirth")));

    internal static void AssertDecided(DecisionResponse response)
    {
        response.DecisionId.Should().NotBeNullOrEmpty();
        response.Decisions.Should().OnlyContain(d => d.Outcome.Length > 0 && d.Outcome != "EVALUATION_ERROR", "the repository's rules evaluate on every valid case");
        // What the server writes must be writable: as protobuf and as proto3 JSON.
        response.ToByteArray().Should().NotBeEmpty();
        ContractJson.Formatter.Format(response).Should().NotBeNullOrEmpty();
    }

    internal static void AssertRefusedCleanly(IReadOnlyList<FieldViolation> violations)
    {
        violations.Should().NotBeEmpty();
        foreach (var violation in violations)
        {
            FieldPath().IsMatch(violation.Field).Should().BeTrue($"'{violation.Field}' is a JSON path");
            violation.Description.Length.Should().BeLessThanOrEqualTo(1200, "an error never grows with its input");
            violation.Description.EnumerateRunes().Should().NotContain(r => Rune.IsControl(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.Format,
                "an error quotes at most an escaped excerpt");
            violation.Description.Should().NotMatchRegex(@"Exception\b|\+Types\+|System\.", "no exception text or .NET type name reaches a caller");
        }
    }

    internal static string Print(DecisionRequest request)
    {
        var json = request.ToString();
        return json.Length > 2000 ? json[..2000] + "…" : json;
    }

    [GeneratedRegex(@"^[a-zA-Z0-9]+(\[\d+\])?(\.[a-zA-Z0-9]+(\[\d+\])?)*$")]
    private static partial Regex FieldPath();
}

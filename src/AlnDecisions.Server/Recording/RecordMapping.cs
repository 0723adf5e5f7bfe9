using System.Globalization;
using AlnDecisions.Contract.V1;
using AlnDecisions.Store;
using AlnDecisions.Store.Configuration;
using V1HumanDecision = AlnDecisions.Contract.V1.HumanDecision;

namespace AlnDecisions.Server.Recording;

/// <summary>Between the store's records and the contract's messages. The stored bytes are parsed as they are: never re-evaluated, never rebuilt.</summary>
internal static class RecordMapping
{
    public static RecordedDecision ToContract(StoredDecision stored, DecisionRetentionOptions retention, bool withRequest)
    {
        var recorded = new RecordedDecision
        {
            Response = DecisionResponse.Parser.ParseFrom(stored.Response.Span),
            Authority = stored.Authority,
            RecordedAt = Instant(stored.RecordedAt),
            RetainedUntil = Instant(stored.RecordedAt + retention.For(stored.Authority)),
        };
        if (withRequest)
        {
            recorded.Request = DecisionRequest.Parser.ParseFrom(stored.Request.Span);
        }

        recorded.HumanDecisions.AddRange(stored.HumanDecisions.Select(ToContract));
        return recorded;
    }

    public static V1HumanDecision ToContract(RecordedHumanDecision recorded)
    {
        var decision = recorded.Decision;
        var mapped = new V1HumanDecision
        {
            DecisionId = decision.DecisionId,
            Kind = KindNames.Parse(decision.Kind),
            FinalOutcome = decision.FinalOutcome,
            FollowsRecommendation = decision.FollowsRecommendation,
            DeciderRole = decision.DeciderRole,
            DecidedOn = Date(decision.DecidedOn),
            Id = recorded.OutcomeId.ToString("D", CultureInfo.InvariantCulture),
            RecordedAt = Instant(recorded.RecordedAt),
        };
        if (decision.Reason is { } reason)
        {
            mapped.Reason = new HumanReason
            {
                Text = reason.Text,
                Language = reason.Language == ReasonLanguage.Welsh ? Language.Types.Value.Welsh : Language.Types.Value.English,
                Translation = reason.Translation ?? string.Empty,
            };
        }

        return mapped;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>RFC 3339 in UTC, to the microsecond the store keeps.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}

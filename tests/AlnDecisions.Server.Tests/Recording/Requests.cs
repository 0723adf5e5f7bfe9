using AlnDecisions.Contract.V1;
using Google.Rpc;
using Grpc.Core;

namespace AlnDecisions.Server.Tests.Recording;

/// <summary>Requests and checks the record's tests share, named by what they are.</summary>
internal static class Requests
{
    /// <summary>A case reference no other test uses, so a listing by it sees only this test's decisions.</summary>
    public static string NewCaseReference(string what) => $"{what}-{Guid.NewGuid().ToString("N")[..16]}";

    /// <summary>A complete case that decides HAS_ALN (a learning difficulty calling for additional provision).</summary>
    public static DecisionRequest HasAln(string reference, string authority = "gwynedd", string date = "2025-10-01", DecisionView.Types.Value view = DecisionView.Types.Value.Full) => new()
    {
        CaseReference = reference,
        Authority = authority,
        DecisionDate = date,
        Kinds = { DecisionKind.Types.Value.AlnDetermination },
        View = view,
        Learner = new Learner
        {
            DateOfBirth = "2016-05-04",
            Setting = new Setting { Kind = SettingKind.Types.Value.MaintainedSchool, Authority = authority },
            Needs = new Needs { SignificantlyGreaterDifficulty = true, SolelyLanguageOfHome = false },
            Provision = new Provision { ReasonableAdjustmentsConsidered = true, AdditionalOrDifferentRequired = true },
        },
    };

    /// <summary>The same learner asked about the ALN question and who keeps the IDP.</summary>
    public static DecisionRequest HasAlnAndIdp(string reference, string authority = "gwynedd", string date = "2025-10-01")
    {
        var request = HasAln(reference, authority, date);
        request.Kinds.Add(DecisionKind.Types.Value.IdpResponsibility);
        return request;
    }

    public static RecordOutcomeRequest Agrees(string decisionId, string outcome = "HAS_ALN") => new()
    {
        DecisionId = decisionId,
        Kind = DecisionKind.Types.Value.AlnDetermination,
        FinalOutcome = outcome,
        FollowsRecommendation = true,
        DeciderRole = "ALNCo",
        DecidedOn = "2025-10-02",
    };

    public static RecordOutcomeRequest Overrides(string decisionId, HumanReason? reason) => new()
    {
        DecisionId = decisionId,
        Kind = DecisionKind.Types.Value.AlnDetermination,
        FinalOutcome = "NO_ALN",
        FollowsRecommendation = false,
        Reason = reason,
        DeciderRole = "local authority ALN officer",
        DecidedOn = "2025-10-03",
    };

    /// <summary>The RpcException <paramref name="call"/> fails with.</summary>
    public static async Task<RpcException> RefusedAsync(Func<Task> call) =>
        (await FluentActions.Awaiting(call).Should().ThrowAsync<RpcException>()).Which;

    /// <summary>The fields a refusal's google.rpc.BadRequest names.</summary>
    public static IReadOnlyList<string> BadFields(RpcException error) =>
        error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToList() ?? [];

    /// <summary>A response as the record keeps it for a caller's view: the same, less every rule's reason.</summary>
    public static DecisionResponse AsBasic(DecisionResponse full)
    {
        var basic = full.Clone();
        foreach (var decision in basic.Decisions)
        {
            decision.Explanation.Reasons.Clear();
        }

        return basic;
    }
}

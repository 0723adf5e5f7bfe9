namespace AlnDecisions.Domain;

/// <summary>Things that happen in a case and start, stop or meet a statutory clock. Names match the contract.</summary>
public enum CaseEventKind
{
    BroughtToAttention,
    ConsentGiven,
    DecisionNoticeGiven,
    IdpGiven,
    ReconsiderationRequested,
    CeaseNoticeGiven,
    S20ReferralReceived,
    S65RequestReceived,
    TransferRequestReceived,
    ReviewCompleted,
    DisagreementResolutionStarted,
    TribunalDecisionSent,
    ClockPaused,
    ClockResumed,
    ResponseGiven,
    ReconsiderationDecided,
    AppealLodged,
    TribunalReviewRequested,
    DelayBeyondControl,
}

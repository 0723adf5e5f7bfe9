namespace AlnDecisions.Domain;

/// <summary>Things that happen in a case and start, stop or meet a statutory clock. Names match the contract.</summary>
public enum CaseEventKind
{
    /// <summary>The possible ALN was brought to the body's attention, or otherwise appeared to it (ss.11, 13).</summary>
    BroughtToAttention,

    /// <summary>A young person consented to the decision being made (s.11(3)(c), s.13(3)).</summary>
    ConsentGiven,

    /// <summary>The body gave notice of its decision (e.g. that the learner has no ALN).</summary>
    DecisionNoticeGiven,

    /// <summary>The IDP was given to the learner or parent.</summary>
    IdpGiven,

    /// <summary>A reconsideration of a decision was asked for.</summary>
    ReconsiderationRequested,

    /// <summary>Notice was given of a decision to cease to maintain the IDP.</summary>
    CeaseNoticeGiven,

    /// <summary>An NHS body received a referral under s.20.</summary>
    S20ReferralReceived,

    /// <summary>A body received a request for information or help under s.65.</summary>
    S65RequestReceived,

    /// <summary>An FEI received an authority's request to take over an IDP.</summary>
    TransferRequestReceived,

    /// <summary>A review of the IDP was completed.</summary>
    ReviewCompleted,

    /// <summary>Disagreement resolution arrangements (s.68) were begun.</summary>
    DisagreementResolutionStarted,

    /// <summary>The Education Tribunal for Wales sent its decision.</summary>
    TribunalDecisionSent,

    /// <summary>A statutory clock was paused, with a reason the rules list.</summary>
    ClockPaused,

    /// <summary>A paused statutory clock started again.</summary>
    ClockResumed,

    /// <summary>The body asked gave its reply or decision (e.g. an NHS body's s.21 reply).</summary>
    ResponseGiven,

    /// <summary>The body decided on a reconsideration.</summary>
    ReconsiderationDecided,

    /// <summary>An appeal was made to the Education Tribunal for Wales.</summary>
    AppealLodged,

    /// <summary>A review of a Tribunal decision was asked for.</summary>
    TribunalReviewRequested,

    /// <summary>Meeting a step in time was impractical because of circumstances beyond the body's control (regs 10(4), 11(3)).</summary>
    DelayBeyondControl,
}

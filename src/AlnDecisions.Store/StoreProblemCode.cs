namespace AlnDecisions.Store;

/// <summary>Why the store refused a caller's input. Stable: the server maps them to status codes.</summary>
public enum StoreProblemCode
{
    /// <summary>No decision with that id is recorded (never, or since erased or expired).</summary>
    DecisionNotFound = 1,

    /// <summary>A required value is missing or blank.</summary>
    Required = 2,

    /// <summary>A value is longer than the store accepts.</summary>
    TooLong = 3,

    /// <summary>The human decision names a kind the recorded decision did not decide.</summary>
    KindNotDecided = 4,

    /// <summary>An override (a final outcome other than the recommendation) was given without a reason.</summary>
    ReasonRequiredForOverride = 5,

    /// <summary><c>followsRecommendation</c> disagrees with whether the final outcome is the recommended one.</summary>
    FollowsRecommendationMismatch = 6,

    /// <summary>The page token is not one this store issued for the same query.</summary>
    InvalidPageToken = 7,

    /// <summary>The page size is outside the accepted range.</summary>
    PageSizeOutOfRange = 8,

    /// <summary>The date range ends before it starts.</summary>
    DateRangeReversed = 9,

    /// <summary>A value is not well formed (e.g. a decision id that is not a ULID).</summary>
    Malformed = 10,
}

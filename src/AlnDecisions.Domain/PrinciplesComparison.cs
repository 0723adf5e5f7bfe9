namespace AlnDecisions.Domain;

/// <summary>
/// The IDP question answered under the home authority's and the school's authority's principles,
/// for a learner who lives in one and attends school in the other. Neighbouring authorities'
/// thresholds differ (WLGA/ADEW 2023 para 17), so a disagreement is shown, never hidden.
/// </summary>
public sealed record PrinciplesComparison(AuthorityAnswer Home, AuthorityAnswer School, bool Disagree, LocalisedText SettledBy);

using AlnDecisions.Domain;

namespace AlnDecisions.Server.Pages;

/// <summary>
/// What the family's notice takes from the rules the service holds for the decision date, beside
/// the recorded decision: the time limits of the rights it explains and the local authority's own
/// signposting. Read, never decided: nothing here changes what was decided.
/// </summary>
/// <param name="AreaAuthority">The code of the local authority in whose area the learner is (EN para 73): the home authority when it is Welsh, else the authority the decision was made in.</param>
/// <param name="AreaAuthorityName">Its name in both languages.</param>
/// <param name="CeaseReconsiderationWeeks">The weeks to ask for reconsideration of a school's decision to cease an IDP; null when no rule holds it.</param>
/// <param name="AppealWeeks">The weeks to appeal to the Tribunal; null when no rule holds it.</param>
/// <param name="AppealExtendedWeeks">The weeks to appeal when disagreement resolution started in time.</param>
/// <param name="Contacts">The authority's signposting, names filled in.</param>
public sealed record NoticeFacts(
    string AreaAuthority,
    LocalisedText AreaAuthorityName,
    int? CeaseReconsiderationWeeks,
    int? AppealWeeks,
    int? AppealExtendedWeeks,
    IReadOnlyList<LocalisedText> Contacts);

namespace AlnDecisions.Domain;

/// <summary>
/// What a programme of study is for (Sch 1 para 1, ALN (Wales) Regulations 2021). Consultation on
/// the Code argued that outcomes need not be employment or further learning; all are equal here.
/// </summary>
public enum DesiredOutcomeKind
{
    Employment,
    FurtherLearning,
    IndependentLiving,
    CommunityParticipationAndSelfRegulation,
    CommunicationAndRelationships,
    QualityOfLife,
    PreventingRegression,
}

using AlnDecisions.Contract.V1;

namespace AlnDecisions.Pages.Tests.Infrastructure;

/// <summary>The requests the page tests decide, named by what they are.</summary>
internal static class Requests
{
    /// <summary>
    /// A pupil at a maintained school in the home authority with significantly greater difficulty
    /// that calls for additional provision (HAS_ALN), the IDP question left open (who keeps it waits
    /// for facts not given), and the case brought to the school's attention (timescales).
    /// </summary>
    public static DecisionRequest SchoolPupilWithAln(string reference, string authority) => new()
    {
        CaseReference = reference,
        Authority = authority,
        DecisionDate = "2025-10-01",
        Kinds = { DecisionKind.Types.Value.AlnDetermination, DecisionKind.Types.Value.IdpResponsibility, DecisionKind.Types.Value.StatutoryTimescales },
        Learner = new Learner
        {
            DateOfBirth = "2016-05-04",
            HomeAuthority = authority,
            Setting = new Setting { Kind = SettingKind.Types.Value.MaintainedSchool, Authority = authority },
            Needs = new Needs { SignificantlyGreaterDifficulty = true, SolelyLanguageOfHome = false },
            Provision = new Provision { ReasonableAdjustmentsConsidered = true, AdditionalOrDifferentRequired = true },
        },
        Events = { new CaseEvent { Kind = CaseEventKind.Types.Value.BroughtToAttention, Date = "2025-09-10", Body = EventBody.Types.Value.School } },
    };

    /// <summary>The same kind of case as proto3 JSON, for the HTTP/1.1 port, deciding ALN only.</summary>
    public static string AlnOnlyJson(string reference, string authority) =>
        $$"""
        {"caseReference":"{{reference}}","authority":"{{authority}}","decisionDate":"2025-10-01","kinds":["ALN_DETERMINATION"],
         "learner":{"dateOfBirth":"2016-05-04","needs":{"significantlyGreaterDifficulty":true,"solelyLanguageOfHome":false},
                    "provision":{"additionalOrDifferentRequired":true} } }
        """;
}

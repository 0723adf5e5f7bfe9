using AlnDecisions.Contract.V1;

namespace AlnDecisions.Server.Tests;

/// <summary>Requests the trust tests send, named by what they are.</summary>
internal static class Cases
{
    /// <summary>A complete, valid case that decides NO_ALN (s.2(4): the language of the home).</summary>
    public static DecisionRequest LanguageOfHomeOnly(string reference = "case-1", string authority = "gwynedd") => new()
    {
        CaseReference = reference,
        Authority = authority,
        DecisionDate = "2025-10-01",
        Kinds = { DecisionKind.Types.Value.AlnDetermination },
        Learner = new Learner
        {
            DateOfBirth = "2016-05-04",
            Needs = new Needs { SolelyLanguageOfHome = true },
        },
    };

    /// <summary>The same case as JSON, for the HTTP/1.1 port.</summary>
    public static string LanguageOfHomeOnlyJson(string reference = "json-1", string authority = "gwynedd") =>
        $$"""
        {"caseReference":"{{reference}}","authority":"{{authority}}","decisionDate":"2025-10-01","kinds":["ALN_DETERMINATION"],
         "learner":{"dateOfBirth":"2016-05-04","needs":{"solelyLanguageOfHome":true} } }
        """;

    /// <summary>A request that names no case and no learner: invalid on several fields.</summary>
    public static DecisionRequest MissingCaseReference(string authority = "gwynedd") => new() { Authority = authority };
}

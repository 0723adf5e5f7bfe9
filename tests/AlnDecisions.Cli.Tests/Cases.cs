namespace AlnDecisions.Cli.Tests;

/// <summary>Case files for the tests, in the contract's proto3 JSON.</summary>
public static class Cases
{
    // Domain brief part C, example scenario 1: the language of the home alone (s.2(4)).
    public const string LanguageOfHome = """
        {
          "caseReference": "lang-home-01",
          "authority": "gwynedd",
          "decisionDate": "2025-10-01",
          "kinds": ["ALN_DETERMINATION"],
          "learner": {
            "dateOfBirth": "2017-02-14",
            "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "gwynedd" },
            "needs": { "solelyLanguageOfHome": true }
          }
        }
        """;

    // A significantly greater difficulty calling for ALP (s.2(2)(a), s.3(1)).
    public const string HasAln = """
        {
          "caseReference": "ldd-a-01",
          "authority": "cardiff",
          "decisionDate": "2025-10-01",
          "kinds": ["ALN_DETERMINATION"],
          "learner": {
            "dateOfBirth": "2015-03-15",
            "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "cardiff" },
            "needs": { "solelyLanguageOfHome": false, "significantlyGreaterDifficulty": true, "disabilityHindersUseOfFacilities": false },
            "provision": { "metByUniversalProvision": false, "additionalOrDifferentRequired": true, "reasonableAdjustmentsConsidered": true }
          }
        }
        """;

    // The crash: a valid case dated in the year 9999.
    public const string Year9999 = """
        {
          "caseReference": "far-future",
          "authority": "gwynedd",
          "decisionDate": "9999-12-31",
          "kinds": ["ALN_DETERMINATION"],
          "learner": { "dateOfBirth": "2017-02-14", "needs": { "solelyLanguageOfHome": true } }
        }
        """;

    /// <summary>One request per line, as a caseload file has them.</summary>
    public static string Caseload(params string[] cases) =>
        string.Join("\n", cases.Select(c => string.Join(" ", c.Split('\n').Select(l => l.Trim())))) + "\n";
}

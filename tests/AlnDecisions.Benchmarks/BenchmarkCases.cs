using AlnDecisions.Contract;

namespace AlnDecisions.Benchmarks;

/// <summary>The cases every measurement uses, as MIS systems would send them.</summary>
internal static class BenchmarkCases
{
    /// <summary>One ALN_DETERMINATION with every fact a rule reads known.</summary>
    public const string AlnKnown = """
        {
          "caseReference": "bench", "authority": "cardiff", "decisionDate": "2025-10-01", "kinds": ["ALN_DETERMINATION"],
          "learner": {
            "dateOfBirth": "2015-03-02",
            "needs": { "significantlyGreaterDifficulty": true, "disabilityHindersUseOfFacilities": false, "solelyLanguageOfHome": false, "likelyToMeetDefinitionAtCompulsorySchoolAge": true },
            "provision": { "metByUniversalProvision": false, "reasonableAdjustmentsConsidered": true, "additionalOrDifferentRequired": true, "anyEducationalProvisionRequired": true }
          }
        }
        """;

    /// <summary>The same question with most facts unknown: the engine must try their values.</summary>
    public const string AlnUnknowns = """
        {
          "caseReference": "bench", "authority": "cardiff", "decisionDate": "2025-10-01", "kinds": ["ALN_DETERMINATION"],
          "learner": { "dateOfBirth": "2015-03-02", "provision": { "additionalOrDifferentRequired": true } }
        }
        """;

    /// <summary>
    /// Every kind for a learner living in Carmarthenshire at a Denbighshire special school: the IDP
    /// question is answered three times (as asked, and under each authority's principles).
    /// </summary>
    public const string CrossBorder = """
        {
          "caseReference": "bench", "authority": "carmarthenshire", "decisionDate": "2025-10-01",
          "learner": {
            "dateOfBirth": "2015-03-02", "homeAuthority": "carmarthenshire",
            "setting": { "kind": "SPECIAL_SCHOOL", "authority": "denbighshire", "specialistClass": "NOT_IN_SPECIALIST_CLASS" },
            "lookedAfter": false, "dualRegistered": false, "electivelyHomeEducated": false, "educatedOtherThanAtSchool": false,
            "existingIdp": { "maintainedBy": "NONE" },
            "needs": { "significantlyGreaterDifficulty": true, "disabilityHindersUseOfFacilities": false, "solelyLanguageOfHome": false, "rareConditionRequiringSpecialistSupport": false },
            "provision": {
              "metByUniversalProvision": false, "reasonableAdjustmentsConsidered": true, "additionalOrDifferentRequired": true,
              "reasonableForSchoolToSecure": true, "schoolCanDetermineNeedsAndProvision": true,
              "requiresPlaceAtParticularInstitution": false, "requiresBoardAndLodging": false,
              "externalSpecialistAdviceBeyondSchool": false, "equipmentBeyondSchool": false, "intensiveSupportBeyondSchool": false
            }
          }
        }
        """;

    public static string RepositoryRoot { get; } = FindRoot();

    public static Task<DecisionPipeline> PipelineAsync() => DecisionPipeline.LoadAsync(Path.Combine(RepositoryRoot, "rules"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlnDecisions.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

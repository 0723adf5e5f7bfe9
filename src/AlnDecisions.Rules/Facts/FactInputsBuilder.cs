using AlnDecisions.Domain;

namespace AlnDecisions.Rules.Facts;

/// <summary>Turns a domain case into what rule expressions read.</summary>
internal static class FactInputsBuilder
{
    public static FactInputs From(DecisionCase decisionCase, CompulsorySchoolAgeRule? schoolAge)
    {
        var learner = decisionCase.Learner;
        var setting = learner.Setting ?? Setting.Unknown;
        var needs = learner.Needs ?? Needs.Unknown;
        var provision = learner.Provision ?? Provision.Unknown;
        var age = learner.DateOfBirth is { } dateOfBirth && schoolAge is not null
            ? LearnerAge.On(dateOfBirth, decisionCase.DecisionDate, schoolAge)
            : null;

        return new FactInputs
        {
            Learner = new LearnerFacts
            {
                DateOfBirth = learner.DateOfBirth?.ToDateTime(TimeOnly.MinValue),
                HomeAuthority = learner.HomeAuthority,
                LookedAfter = learner.LookedAfter,
                LookingAfterAuthority = learner.LookingAfterAuthority,
                DualRegistered = learner.DualRegistered,
                ElectivelyHomeEducated = learner.ElectivelyHomeEducated,
                EducatedOtherThanAtSchool = learner.EducatedOtherThanAtSchool,
                Consent = Name(learner.Consent),
                Setting = new SettingFacts
                {
                    Kind = Name(setting.Kind),
                    Authority = setting.Authority,
                    SpecialistClass = Name(setting.SpecialistClass),
                    WelshMedium = setting.WelshMedium,
                },
                Needs = new NeedsFacts
                {
                    SignificantlyGreaterDifficulty = needs.SignificantlyGreaterDifficulty,
                    DisabilityHindersUseOfFacilities = needs.DisabilityHindersUseOfFacilities,
                    LikelyToMeetDefinitionAtCompulsorySchoolAge = needs.LikelyToMeetDefinitionAtCompulsorySchoolAge,
                    SolelyLanguageOfHome = needs.SolelyLanguageOfHome,
                    ArisesFromMedicalCondition = needs.ArisesFromMedicalCondition,
                    Areas = needs.Areas ?? [],
                    RareConditionRequiringSpecialistSupport = needs.RareConditionRequiringSpecialistSupport,
                },
                Provision = new ProvisionFacts
                {
                    // "Met by universal provision" and "additional or different provision required"
                    // answer the one question s.3(1) asks, so either answer supplies the other. The
                    // request mapper refuses the contradictory pair (both true).
                    MetByUniversalProvision = provision.MetByUniversalProvision ?? (provision.AdditionalOrDifferentRequired == true ? false : null),
                    ReasonableAdjustmentsConsidered = provision.ReasonableAdjustmentsConsidered,
                    AdditionalOrDifferentRequired = provision.AdditionalOrDifferentRequired ?? (provision.MetByUniversalProvision == true ? false : null),
                    AnyEducationalProvisionRequired = provision.AnyEducationalProvisionRequired,
                    Tier = provision.Tier,
                    WelshMediumRequested = provision.WelshMediumRequested,
                    ReasonableForSchoolToSecure = provision.ReasonableForSchoolToSecure,
                    SchoolCanDetermineNeedsAndProvision = provision.SchoolCanDetermineNeedsAndProvision,
                    RequiresPlaceAtParticularInstitution = provision.RequiresPlaceAtParticularInstitution,
                    RequiresBoardAndLodging = provision.RequiresBoardAndLodging,
                    ExternalSpecialistAdviceBeyondSchool = provision.ExternalSpecialistAdviceBeyondSchool,
                    EquipmentBeyondSchool = provision.EquipmentBeyondSchool,
                    IntensiveSupportBeyondSchool = provision.IntensiveSupportBeyondSchool,
                },
                ExistingIdp = new ExistingIdpFacts
                {
                    MaintainedBy = Name(learner.ExistingIdp?.MaintainedBy),
                    Authority = learner.ExistingIdp?.Authority,
                },
                HasAln = learner.HasAln,
                Post16 = Post16Of(learner.Post16 ?? Post16.Unknown),
            },
            Age = new AgeFacts
            {
                Years = age?.Years,
                UnderThree = age?.UnderThree,
                BelowCompulsorySchoolAge = age?.BelowCompulsorySchoolAge,
                OverCompulsorySchoolAge = age?.OverCompulsorySchoolAge,
                TwentyFiveOrOver = age?.TwentyFiveOrOver,
            },
            Decision = new DecisionFacts
            {
                Authority = decisionCase.Authority,
                Date = decisionCase.DecisionDate.ToDateTime(TimeOnly.MinValue),
            },
        };
    }

    private static Post16Facts Post16Of(Post16 p)
    {
        var outcomes = p.DesiredOutcomes ?? [];
        bool? realistic = outcomes.Any(o => o.RealisticProspect == true) ? true
            : outcomes.Count > 0 && outcomes.All(o => o.RealisticProspect == false) ? false
            : null;
        return new Post16Facts
        {
            ToEnrolAtMaintainedSchoolOrFeiInWales = p.ToEnrolAtMaintainedSchoolOrFeiInWales,
            EnglishInstitutionProposed = p.EnglishInstitutionProposed,
            EnglishInstitutionWouldSecureAlp = p.EnglishInstitutionWouldSecureAlp,
            SpecialistInstitutionProposed = p.SpecialistInstitutionProposed,
            SpecialistInstitutionOnWelshMinistersList = p.SpecialistInstitutionOnWelshMinistersList,
            RealisticProspectForAnyDesiredOutcome = realistic,
            AbleToUndertakeProgramme = p.AbleToUndertakeProgramme,
            ProgrammeSuitableForOutcomes = p.ProgrammeSuitableForOutcomes,
            AllInformationConsidered = Enum.GetValues<InformationSource>().All(source => (p.InformationConsidered ?? []).Contains(source)),
            OnProgramme = p.OnProgramme,
            DifferentRatesOfProgressConsidered = p.DifferentRatesOfProgressConsidered,
            YearsOnProgramme = p.YearsOnProgramme,
            ExtensionRequested = p.ExtensionRequested,
            ExtensionUnavoidable = p.ExtensionUnavoidable,
            ExtensionNecessaryForOutcomes = p.ExtensionNecessaryForOutcomes,
            ExtensionShouldHaveBeenAddressedEarlier = p.ExtensionShouldHaveBeenAddressedEarlier,
            ExtensionProportionate = p.ExtensionProportionate,
            PreviouslyExtended = p.PreviouslyExtended,
            SameFactsAsPreviousExtension = p.SameFactsAsPreviousExtension,
            ExceptionalReasons = p.ExceptionalReasons,
            ProgrammeDesignedLongerThanDefault = p.ProgrammeDesignedLongerThanDefault,
            EarlierCourseNoMeaningfulBenefit = p.EarlierCourseNoMeaningfulBenefit,
            CircumstancesChangedSignificantly = p.CircumstancesChangedSignificantly,
            EssentialOutcomeElementNotYetDelivered = p.EssentialOutcomeElementNotYetDelivered,
            OtherExceptionalCircumstances = p.OtherExceptionalCircumstances,
        };
    }

    private static string? Name<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } known ? UpperSnakeCase.From(known) : null;
}

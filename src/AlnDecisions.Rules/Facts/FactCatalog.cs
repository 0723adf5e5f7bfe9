using System.Text.RegularExpressions;
using AlnDecisions.Domain;

namespace AlnDecisions.Rules.Facts;

/// <summary>
/// Every fact a rule may read, by the name expressions use. The engine finds the facts a rule
/// uses by looking for these names in its expression, so a rule author never lists them by hand
/// and an explanation always shows exactly what the rule read.
/// </summary>
internal static partial class FactCatalog
{
    private static readonly object[] Booleans = [true, false];

    public static IReadOnlyList<Fact> All { get; } =
    [
        Bool("learner.lookedAfter", f => f.Learner.LookedAfter, (f, v) => f.Learner.LookedAfter = v),
        Bool("learner.dualRegistered", f => f.Learner.DualRegistered, (f, v) => f.Learner.DualRegistered = v),
        Bool("learner.electivelyHomeEducated", f => f.Learner.ElectivelyHomeEducated, (f, v) => f.Learner.ElectivelyHomeEducated = v),
        Bool("learner.educatedOtherThanAtSchool", f => f.Learner.EducatedOtherThanAtSchool, (f, v) => f.Learner.EducatedOtherThanAtSchool = v),
        Text("learner.homeAuthority", f => f.Learner.HomeAuthority, (f, v) => f.Learner.HomeAuthority = v),
        Text("learner.lookingAfterAuthority", f => f.Learner.LookingAfterAuthority, (f, v) => f.Learner.LookingAfterAuthority = v),
        Choice<Consent>("learner.consent", f => f.Learner.Consent, (f, v) => f.Learner.Consent = v),
        new Fact("learner.dateOfBirth", "learner.dateOfBirth", null, f => f.Learner.DateOfBirth, (f, v) => f.Learner.DateOfBirth = (DateTime?)v),

        Choice<SettingKind>("learner.setting.kind", f => f.Learner.Setting.Kind, (f, v) => f.Learner.Setting.Kind = v),
        Text("learner.setting.authority", f => f.Learner.Setting.Authority, (f, v) => f.Learner.Setting.Authority = v),
        Choice<SpecialistClass>("learner.setting.specialistClass", f => f.Learner.Setting.SpecialistClass, (f, v) => f.Learner.Setting.SpecialistClass = v),
        Bool("learner.setting.welshMedium", f => f.Learner.Setting.WelshMedium, (f, v) => f.Learner.Setting.WelshMedium = v),

        Bool("learner.needs.significantlyGreaterDifficulty", f => f.Learner.Needs.SignificantlyGreaterDifficulty, (f, v) => f.Learner.Needs.SignificantlyGreaterDifficulty = v),
        Bool("learner.needs.disabilityHindersUseOfFacilities", f => f.Learner.Needs.DisabilityHindersUseOfFacilities, (f, v) => f.Learner.Needs.DisabilityHindersUseOfFacilities = v),
        Bool("learner.needs.likelyToMeetDefinitionAtCompulsorySchoolAge", f => f.Learner.Needs.LikelyToMeetDefinitionAtCompulsorySchoolAge, (f, v) => f.Learner.Needs.LikelyToMeetDefinitionAtCompulsorySchoolAge = v),
        Bool("learner.needs.solelyLanguageOfHome", f => f.Learner.Needs.SolelyLanguageOfHome, (f, v) => f.Learner.Needs.SolelyLanguageOfHome = v),
        Bool("learner.needs.arisesFromMedicalCondition", f => f.Learner.Needs.ArisesFromMedicalCondition, (f, v) => f.Learner.Needs.ArisesFromMedicalCondition = v),
        Bool("learner.needs.rareConditionRequiringSpecialistSupport", f => f.Learner.Needs.RareConditionRequiringSpecialistSupport, (f, v) => f.Learner.Needs.RareConditionRequiringSpecialistSupport = v),
        new Fact("learner.needs.areas", "learner.needs.areas", null, f => f.Learner.Needs.Areas, (f, v) => f.Learner.Needs.Areas = (IReadOnlyList<string>?)v ?? []),

        Bool("learner.provision.metByUniversalProvision", f => f.Learner.Provision.MetByUniversalProvision, (f, v) => f.Learner.Provision.MetByUniversalProvision = v),
        Bool("learner.provision.reasonableAdjustmentsConsidered", f => f.Learner.Provision.ReasonableAdjustmentsConsidered, (f, v) => f.Learner.Provision.ReasonableAdjustmentsConsidered = v),
        Bool("learner.provision.additionalOrDifferentRequired", f => f.Learner.Provision.AdditionalOrDifferentRequired, (f, v) => f.Learner.Provision.AdditionalOrDifferentRequired = v),
        Bool("learner.provision.anyEducationalProvisionRequired", f => f.Learner.Provision.AnyEducationalProvisionRequired, (f, v) => f.Learner.Provision.AnyEducationalProvisionRequired = v),
        Text("learner.provision.tier", f => f.Learner.Provision.Tier, (f, v) => f.Learner.Provision.Tier = v),
        Bool("learner.provision.welshMediumRequested", f => f.Learner.Provision.WelshMediumRequested, (f, v) => f.Learner.Provision.WelshMediumRequested = v),
        Bool("learner.provision.reasonableForSchoolToSecure", f => f.Learner.Provision.ReasonableForSchoolToSecure, (f, v) => f.Learner.Provision.ReasonableForSchoolToSecure = v),
        Bool("learner.provision.schoolCanDetermineNeedsAndProvision", f => f.Learner.Provision.SchoolCanDetermineNeedsAndProvision, (f, v) => f.Learner.Provision.SchoolCanDetermineNeedsAndProvision = v),
        Bool("learner.provision.requiresPlaceAtParticularInstitution", f => f.Learner.Provision.RequiresPlaceAtParticularInstitution, (f, v) => f.Learner.Provision.RequiresPlaceAtParticularInstitution = v),
        Bool("learner.provision.requiresBoardAndLodging", f => f.Learner.Provision.RequiresBoardAndLodging, (f, v) => f.Learner.Provision.RequiresBoardAndLodging = v),
        Bool("learner.provision.externalSpecialistAdviceBeyondSchool", f => f.Learner.Provision.ExternalSpecialistAdviceBeyondSchool, (f, v) => f.Learner.Provision.ExternalSpecialistAdviceBeyondSchool = v),
        Bool("learner.provision.equipmentBeyondSchool", f => f.Learner.Provision.EquipmentBeyondSchool, (f, v) => f.Learner.Provision.EquipmentBeyondSchool = v),
        Bool("learner.provision.intensiveSupportBeyondSchool", f => f.Learner.Provision.IntensiveSupportBeyondSchool, (f, v) => f.Learner.Provision.IntensiveSupportBeyondSchool = v),

        Choice<IdpMaintainer>("learner.existingIdp.maintainedBy", f => f.Learner.ExistingIdp.MaintainedBy, (f, v) => f.Learner.ExistingIdp.MaintainedBy = v),
        Text("learner.existingIdp.authority", f => f.Learner.ExistingIdp.Authority, (f, v) => f.Learner.ExistingIdp.Authority = v),
        Bool("learner.hasAln", f => f.Learner.HasAln, (f, v) => f.Learner.HasAln = v),
        Bool("learner.post16.toEnrolAtMaintainedSchoolOrFeiInWales", f => f.Learner.Post16.ToEnrolAtMaintainedSchoolOrFeiInWales, (f, v) => f.Learner.Post16.ToEnrolAtMaintainedSchoolOrFeiInWales = v),
        Bool("learner.post16.englishInstitutionProposed", f => f.Learner.Post16.EnglishInstitutionProposed, (f, v) => f.Learner.Post16.EnglishInstitutionProposed = v),
        Bool("learner.post16.englishInstitutionWouldSecureAlp", f => f.Learner.Post16.EnglishInstitutionWouldSecureAlp, (f, v) => f.Learner.Post16.EnglishInstitutionWouldSecureAlp = v),
        Bool("learner.post16.specialistInstitutionProposed", f => f.Learner.Post16.SpecialistInstitutionProposed, (f, v) => f.Learner.Post16.SpecialistInstitutionProposed = v),
        Bool("learner.post16.specialistInstitutionOnWelshMinistersList", f => f.Learner.Post16.SpecialistInstitutionOnWelshMinistersList, (f, v) => f.Learner.Post16.SpecialistInstitutionOnWelshMinistersList = v),
        Bool("learner.post16.ableToUndertakeProgramme", f => f.Learner.Post16.AbleToUndertakeProgramme, (f, v) => f.Learner.Post16.AbleToUndertakeProgramme = v),
        Bool("learner.post16.programmeSuitableForOutcomes", f => f.Learner.Post16.ProgrammeSuitableForOutcomes, (f, v) => f.Learner.Post16.ProgrammeSuitableForOutcomes = v),
        Bool("learner.post16.onProgramme", f => f.Learner.Post16.OnProgramme, (f, v) => f.Learner.Post16.OnProgramme = v),
        Bool("learner.post16.differentRatesOfProgressConsidered", f => f.Learner.Post16.DifferentRatesOfProgressConsidered, (f, v) => f.Learner.Post16.DifferentRatesOfProgressConsidered = v),
        Bool("learner.post16.extensionRequested", f => f.Learner.Post16.ExtensionRequested, (f, v) => f.Learner.Post16.ExtensionRequested = v),
        Bool("learner.post16.extensionUnavoidable", f => f.Learner.Post16.ExtensionUnavoidable, (f, v) => f.Learner.Post16.ExtensionUnavoidable = v),
        Bool("learner.post16.extensionNecessaryForOutcomes", f => f.Learner.Post16.ExtensionNecessaryForOutcomes, (f, v) => f.Learner.Post16.ExtensionNecessaryForOutcomes = v),
        Bool("learner.post16.extensionShouldHaveBeenAddressedEarlier", f => f.Learner.Post16.ExtensionShouldHaveBeenAddressedEarlier, (f, v) => f.Learner.Post16.ExtensionShouldHaveBeenAddressedEarlier = v),
        Bool("learner.post16.extensionProportionate", f => f.Learner.Post16.ExtensionProportionate, (f, v) => f.Learner.Post16.ExtensionProportionate = v),
        Bool("learner.post16.previouslyExtended", f => f.Learner.Post16.PreviouslyExtended, (f, v) => f.Learner.Post16.PreviouslyExtended = v),
        Bool("learner.post16.sameFactsAsPreviousExtension", f => f.Learner.Post16.SameFactsAsPreviousExtension, (f, v) => f.Learner.Post16.SameFactsAsPreviousExtension = v),
        Bool("learner.post16.exceptionalReasons", f => f.Learner.Post16.ExceptionalReasons, (f, v) => f.Learner.Post16.ExceptionalReasons = v),
        Bool("learner.post16.programmeDesignedLongerThanDefault", f => f.Learner.Post16.ProgrammeDesignedLongerThanDefault, (f, v) => f.Learner.Post16.ProgrammeDesignedLongerThanDefault = v),
        Bool("learner.post16.earlierCourseNoMeaningfulBenefit", f => f.Learner.Post16.EarlierCourseNoMeaningfulBenefit, (f, v) => f.Learner.Post16.EarlierCourseNoMeaningfulBenefit = v),
        Bool("learner.post16.circumstancesChangedSignificantly", f => f.Learner.Post16.CircumstancesChangedSignificantly, (f, v) => f.Learner.Post16.CircumstancesChangedSignificantly = v),
        Bool("learner.post16.essentialOutcomeElementNotYetDelivered", f => f.Learner.Post16.EssentialOutcomeElementNotYetDelivered, (f, v) => f.Learner.Post16.EssentialOutcomeElementNotYetDelivered = v),
        Bool("learner.post16.otherExceptionalCircumstances", f => f.Learner.Post16.OtherExceptionalCircumstances, (f, v) => f.Learner.Post16.OtherExceptionalCircumstances = v),
        new Fact("learner.post16.realisticProspectForAnyDesiredOutcome", "learner.post16.desiredOutcomes", Booleans, f => f.Learner.Post16.RealisticProspectForAnyDesiredOutcome, (f, v) => f.Learner.Post16.RealisticProspectForAnyDesiredOutcome = (bool?)v),
        new Fact("learner.post16.allInformationConsidered", "learner.post16.informationConsidered", null, f => f.Learner.Post16.AllInformationConsidered, (_, _) => { }),
        new Fact("learner.post16.yearsOnProgramme", "learner.post16.yearsOnProgramme", null, f => f.Learner.Post16.YearsOnProgramme, (f, v) => f.Learner.Post16.YearsOnProgramme = (int?)v) { ValueKind = FactValueKind.WholeNumber },
        new Fact("idp.outcome", "idp.outcome", null, f => f.Idp.Outcome, (_, _) => { }),
        new Fact("idp.schoolAuthorityOutcome", "idp.schoolAuthorityOutcome", null, f => f.Idp.SchoolAuthorityOutcome, (_, _) => { }),
        new Fact("idp.principlesConflict", "idp.principlesConflict", null, f => f.Idp.PrinciplesConflict, (_, _) => { }),
        new Fact("aln.status", "learner.hasAln", null, f => f.Aln.Status, (_, _) => { }),

        // The age facts are tried as if independent when the date of birth is unknown: that can only
        // leave a rule undetermined that a real date would settle, never settle one wrongly.
        new Fact("age.years", "learner.dateOfBirth", null, f => f.Age.Years, (f, v) => f.Age.Years = (int?)v) { ValueKind = FactValueKind.WholeNumber },
        AgeFlag("age.underThree", f => f.Age.UnderThree, (f, v) => f.Age.UnderThree = v),
        AgeFlag("age.belowCompulsorySchoolAge", f => f.Age.BelowCompulsorySchoolAge, (f, v) => f.Age.BelowCompulsorySchoolAge = v),
        AgeFlag("age.overCompulsorySchoolAge", f => f.Age.OverCompulsorySchoolAge, (f, v) => f.Age.OverCompulsorySchoolAge = v),
        AgeFlag("age.twentyFiveOrOver", f => f.Age.TwentyFiveOrOver, (f, v) => f.Age.TwentyFiveOrOver = v),

        new Fact("decision.authority", "authority", null, f => f.Decision.Authority, (_, _) => { }),
        new Fact("decision.date", "decisionDate", null, f => f.Decision.Date, (_, _) => { }),
    ];

    private static readonly Dictionary<string, Fact> ByPath =
        All.ToDictionary(fact => fact.Path, StringComparer.OrdinalIgnoreCase);

    /// <summary>Contract names a caller can supply; a rule's <c>missingFacts</c> must be among them.</summary>
    public static IReadOnlySet<string> RequestNames { get; } =
        All.Select(fact => fact.RequestName).ToHashSet(StringComparer.Ordinal);

    /// <summary>The facts an expression reads, in catalog order.</summary>
    public static IReadOnlyList<Fact> UsedBy(string expression)
    {
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in PathPattern().Matches(expression))
        {
            // A longer match such as learner.needs.areas.Contains names the fact learner.needs.areas.
            var path = match.Value;
            while (path.Length > 0 && !ByPath.ContainsKey(path))
            {
                var dot = path.LastIndexOf('.');
                path = dot < 0 ? string.Empty : path[..dot];
            }

            if (path.Length > 0)
            {
                named.Add(path);
            }
        }

        return All.Where(fact => named.Contains(fact.Path)).ToArray();
    }

    [GeneratedRegex(@"(?<![\w.])(learner|age|decision|aln|idp)(\.[A-Za-z_]\w*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();

    private static Fact Bool(string path, Func<FactInputs, bool?> get, Action<FactInputs, bool?> set) =>
        new(path, path, Booleans, f => get(f), (f, v) => set(f, (bool?)v));

    private static Fact Text(string path, Func<FactInputs, string?> get, Action<FactInputs, string?> set) =>
        new(path, path, null, f => get(f), (f, v) => set(f, (string?)v)) { ValueKind = FactValueKind.Text };

    private static Fact Choice<TEnum>(string path, Func<FactInputs, string?> get, Action<FactInputs, string?> set)
        where TEnum : struct, Enum =>
        new(path, path, UpperSnakeCase.Names<TEnum>().Cast<object>().ToArray(), f => get(f), (f, v) => set(f, (string?)v));

    private static Fact AgeFlag(string path, Func<FactInputs, bool?> get, Action<FactInputs, bool?> set) =>
        new(path, "learner.dateOfBirth", Booleans, f => get(f), (f, v) => set(f, (bool?)v));
}

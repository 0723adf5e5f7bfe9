using System.Globalization;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;

namespace AlnDecisions.Contract;

/// <summary>
/// Checks a <see cref="DecisionRequest"/> and maps it to a <see cref="DecisionCase"/>. Every bad
/// field is reported at once, by its proto3 JSON name, so an MIS developer fixes a request in one go.
/// </summary>
public static class DecisionRequestMapper
{
    private const int MaxCaseReferenceLength = 128;

    /// <summary>Maps <paramref name="request"/>; <paramref name="today"/> (Europe/London) is the default decision date.</summary>
    public static RequestMapping Map(DecisionRequest request, DateOnly today)
    {
        var violations = new List<FieldViolation>();

        if (string.IsNullOrWhiteSpace(request.CaseReference))
        {
            violations.Add(new("caseReference", "required: the caller's pseudonymous reference for the case"));
        }
        else if (request.CaseReference.Length > MaxCaseReferenceLength)
        {
            violations.Add(new("caseReference", $"must be at most {MaxCaseReferenceLength} characters"));
        }

        if (string.IsNullOrWhiteSpace(request.Authority))
        {
            violations.Add(new("authority", "required: the code of the Welsh local authority the decision is made in, e.g. cardiff"));
        }
        else if (!Authorities.IsWelsh(request.Authority))
        {
            violations.Add(new("authority", $"'{request.Authority}' is not one of the 22 Welsh authority codes: {string.Join(" ", Authorities.Welsh)}"));
        }

        var decisionDate = today;
        if (!string.IsNullOrEmpty(request.DecisionDate) && !TryDate(request.DecisionDate, out decisionDate))
        {
            violations.Add(new("decisionDate", $"'{request.DecisionDate}' is not a date written YYYY-MM-DD"));
        }

        var kinds = new List<Domain.DecisionKind>();
        foreach (var kind in request.Kinds)
        {
            if (Enum.TryParse<Domain.DecisionKind>(kind.ToString(), out var domainKind) && Enum.IsDefined(domainKind))
            {
                kinds.Add(domainKind);
            }
            else
            {
                violations.Add(new("kinds", $"'{kind}' is not a decision kind; use one of {string.Join(", ", UpperSnakeCase.Names<Domain.DecisionKind>())}"));
            }
        }

        var learner = MapLearner(request.Learner ?? new V1.Learner(), decisionDate, violations);
        var events = MapEvents(request.Events, decisionDate, violations);
        return violations.Count > 0
            ? new RequestMapping(null, violations)
            : new RequestMapping(new DecisionCase(request.CaseReference, request.Authority, decisionDate, kinds, learner, events), []);
    }

    private static Domain.Learner MapLearner(V1.Learner learner, DateOnly decisionDate, List<FieldViolation> violations)
    {
        DateOnly? dateOfBirth = null;
        if (!string.IsNullOrEmpty(learner.DateOfBirth))
        {
            if (!TryDate(learner.DateOfBirth, out var parsed))
            {
                violations.Add(new("learner.dateOfBirth", $"'{learner.DateOfBirth}' is not a date written YYYY-MM-DD"));
            }
            else if (parsed > decisionDate)
            {
                violations.Add(new("learner.dateOfBirth", "is after the decision date"));
            }
            else
            {
                dateOfBirth = parsed;
            }
        }

        if (learner.Provision is { MetByUniversalProvision: true, AdditionalOrDifferentRequired: true } contradictory
            && contradictory.HasMetByUniversalProvision && contradictory.HasAdditionalOrDifferentRequired)
        {
            violations.Add(new("learner.provision.metByUniversalProvision",
                "contradicts learner.provision.additionalOrDifferentRequired: needs met by universal provision do not call for additional or different provision (s.3(1))"));
        }

        CheckHomeAuthority(learner.HomeAuthority, "learner.homeAuthority", violations);
        CheckHomeAuthority(learner.LookingAfterAuthority, "learner.lookingAfterAuthority", violations);
        var setting = learner.Setting ?? new V1.Setting();
        CheckHomeAuthority(setting.Authority, "learner.setting.authority", violations);
        if (learner.ExistingIdp is { Authority.Length: > 0 } existing && !Authorities.IsWelsh(existing.Authority))
        {
            violations.Add(new("learner.existingIdp.authority", $"'{existing.Authority}' is not one of the 22 Welsh authority codes"));
        }

        var needs = learner.Needs ?? new V1.Needs();
        var provision = learner.Provision ?? new V1.Provision();

        return new Domain.Learner(
            DateOfBirth: dateOfBirth,
            HomeAuthority: Blank(learner.HomeAuthority),
            Setting: new Domain.Setting(
                Choice<Domain.SettingKind, V1.SettingKind.Types.Value>(setting.Kind, "learner.setting.kind", violations),
                Blank(setting.Authority),
                Choice<Domain.SpecialistClass, V1.SpecialistClass.Types.Value>(setting.SpecialistClass, "learner.setting.specialistClass", violations),
                setting.HasWelshMedium ? setting.WelshMedium : null,
                Blank(setting.Reference)),
            LookedAfter: learner.HasLookedAfter ? learner.LookedAfter : null,
            LookingAfterAuthority: Blank(learner.LookingAfterAuthority),
            DualRegistered: learner.HasDualRegistered ? learner.DualRegistered : null,
            ElectivelyHomeEducated: learner.HasElectivelyHomeEducated ? learner.ElectivelyHomeEducated : null,
            EducatedOtherThanAtSchool: learner.HasEducatedOtherThanAtSchool ? learner.EducatedOtherThanAtSchool : null,
            Consent: Choice<Domain.Consent, V1.Consent.Types.Value>(learner.Consent, "learner.consent", violations),
            Needs: new Domain.Needs(
                needs.HasSignificantlyGreaterDifficulty ? needs.SignificantlyGreaterDifficulty : null,
                needs.HasDisabilityHindersUseOfFacilities ? needs.DisabilityHindersUseOfFacilities : null,
                needs.HasLikelyToMeetDefinitionAtCompulsorySchoolAge ? needs.LikelyToMeetDefinitionAtCompulsorySchoolAge : null,
                needs.HasSolelyLanguageOfHome ? needs.SolelyLanguageOfHome : null,
                needs.HasArisesFromMedicalCondition ? needs.ArisesFromMedicalCondition : null,
                needs.Areas.ToArray(),
                needs.HasRareConditionRequiringSpecialistSupport ? needs.RareConditionRequiringSpecialistSupport : null),
            Provision: new Domain.Provision(
                provision.HasMetByUniversalProvision ? provision.MetByUniversalProvision : null,
                provision.HasReasonableAdjustmentsConsidered ? provision.ReasonableAdjustmentsConsidered : null,
                provision.HasAdditionalOrDifferentRequired ? provision.AdditionalOrDifferentRequired : null,
                provision.HasAnyEducationalProvisionRequired ? provision.AnyEducationalProvisionRequired : null,
                Blank(provision.Tier),
                provision.HasWelshMediumRequested ? provision.WelshMediumRequested : null,
                provision.HasReasonableForSchoolToSecure ? provision.ReasonableForSchoolToSecure : null,
                provision.HasSchoolCanDetermineNeedsAndProvision ? provision.SchoolCanDetermineNeedsAndProvision : null,
                provision.HasRequiresPlaceAtParticularInstitution ? provision.RequiresPlaceAtParticularInstitution : null,
                provision.HasRequiresBoardAndLodging ? provision.RequiresBoardAndLodging : null,
                provision.HasExternalSpecialistAdviceBeyondSchool ? provision.ExternalSpecialistAdviceBeyondSchool : null,
                provision.HasEquipmentBeyondSchool ? provision.EquipmentBeyondSchool : null,
                provision.HasIntensiveSupportBeyondSchool ? provision.IntensiveSupportBeyondSchool : null),
            ExistingIdp: learner.ExistingIdp is { } idp
                ? new Domain.ExistingIdp(Choice<Domain.IdpMaintainer, V1.IdpMaintainer.Types.Value>(idp.MaintainedBy, "learner.existingIdp.maintainedBy", violations), Blank(idp.Authority))
                : null,
            HasAln: learner.HasHasAln ? learner.HasAln : null,
            Post16: learner.Post16 is { } post16 ? MapPost16(post16, violations) : null);
    }

    private static List<Domain.CaseEvent> MapEvents(IReadOnlyList<V1.CaseEvent> events, DateOnly decisionDate, List<FieldViolation> violations)
    {
        var mapped = new List<Domain.CaseEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var field = $"events[{i}]";
            var kind = Choice<Domain.CaseEventKind, V1.CaseEventKind.Types.Value>(e.Kind, field + ".kind", violations);
            if (kind is null && Convert.ToInt32(e.Kind, CultureInfo.InvariantCulture) == 0)
            {
                violations.Add(new(field + ".kind", $"required: one of {string.Join(", ", UpperSnakeCase.Names<Domain.CaseEventKind>())}"));
            }

            if (!TryDate(e.Date, out var date))
            {
                violations.Add(new(field + ".date", $"'{e.Date}' is not a date written YYYY-MM-DD"));
            }
            else if (date > decisionDate)
            {
                violations.Add(new(field + ".date", "is after the decision date: events are what has already happened"));
            }

            if (kind is Domain.CaseEventKind.ClockPaused or Domain.CaseEventKind.DelayBeyondControl && string.IsNullOrWhiteSpace(e.Reason))
            {
                violations.Add(new(field + ".reason", "required for a pause or a delay beyond control: the recorded reason"));
            }

            var body = Choice<Domain.EventBody, V1.EventBody.Types.Value>(e.Body, field + ".body", violations);
            if (kind is { } known && TryDate(e.Date, out var valid))
            {
                mapped.Add(new Domain.CaseEvent(known, valid, body, Blank(e.Reason), Blank(e.Evidence), Blank(e.Step)));
            }
        }

        return mapped;
    }

    private static Domain.Post16 MapPost16(V1.Post16 p, List<FieldViolation> violations)
    {
        if (p.HasYearsOnProgramme && p.YearsOnProgramme is < 0 or > 25)
        {
            violations.Add(new("learner.post16.yearsOnProgramme", "must be a whole number of years from 0 to 25"));
        }

        var outcomes = new List<Domain.DesiredOutcome>();
        for (var i = 0; i < p.DesiredOutcomes.Count; i++)
        {
            var outcome = p.DesiredOutcomes[i];
            outcomes.Add(new Domain.DesiredOutcome(
                Choice<Domain.DesiredOutcomeKind, V1.DesiredOutcomeKind.Types.Value>(outcome.Kind, $"learner.post16.desiredOutcomes[{i}].kind", violations),
                outcome.HasRealisticProspect ? outcome.RealisticProspect : null));
        }

        var sources = new List<Domain.InformationSource>();
        foreach (var source in p.InformationConsidered)
        {
            if (Choice<Domain.InformationSource, V1.InformationSource.Types.Value>(source, "learner.post16.informationConsidered", violations) is { } known)
            {
                sources.Add(known);
            }
        }

        static bool? B(bool has, bool value) => has ? value : null;
        return new Domain.Post16(
            B(p.HasToEnrolAtMaintainedSchoolOrFeiInWales, p.ToEnrolAtMaintainedSchoolOrFeiInWales),
            B(p.HasEnglishInstitutionProposed, p.EnglishInstitutionProposed),
            B(p.HasEnglishInstitutionWouldSecureAlp, p.EnglishInstitutionWouldSecureAlp),
            B(p.HasSpecialistInstitutionProposed, p.SpecialistInstitutionProposed),
            B(p.HasSpecialistInstitutionOnWelshMinistersList, p.SpecialistInstitutionOnWelshMinistersList),
            outcomes,
            B(p.HasAbleToUndertakeProgramme, p.AbleToUndertakeProgramme),
            B(p.HasProgrammeSuitableForOutcomes, p.ProgrammeSuitableForOutcomes),
            sources,
            B(p.HasOnProgramme, p.OnProgramme),
            B(p.HasDifferentRatesOfProgressConsidered, p.DifferentRatesOfProgressConsidered),
            p.HasYearsOnProgramme ? p.YearsOnProgramme : null,
            B(p.HasExtensionRequested, p.ExtensionRequested),
            B(p.HasExtensionUnavoidable, p.ExtensionUnavoidable),
            B(p.HasExtensionNecessaryForOutcomes, p.ExtensionNecessaryForOutcomes),
            B(p.HasExtensionShouldHaveBeenAddressedEarlier, p.ExtensionShouldHaveBeenAddressedEarlier),
            B(p.HasExtensionProportionate, p.ExtensionProportionate),
            B(p.HasPreviouslyExtended, p.PreviouslyExtended),
            B(p.HasSameFactsAsPreviousExtension, p.SameFactsAsPreviousExtension),
            B(p.HasExceptionalReasons, p.ExceptionalReasons),
            B(p.HasProgrammeDesignedLongerThanDefault, p.ProgrammeDesignedLongerThanDefault),
            B(p.HasEarlierCourseNoMeaningfulBenefit, p.EarlierCourseNoMeaningfulBenefit),
            B(p.HasCircumstancesChangedSignificantly, p.CircumstancesChangedSignificantly),
            B(p.HasEssentialOutcomeElementNotYetDelivered, p.EssentialOutcomeElementNotYetDelivered),
            B(p.HasOtherExceptionalCircumstances, p.OtherExceptionalCircumstances));
    }

    // Generated enum members carry the same names as the domain's (MaintainedSchool); the zero
    // value (*Unspecified) is unknown.
    private static TDomain? Choice<TDomain, TContract>(TContract value, string field, List<FieldViolation> violations)
        where TDomain : struct, Enum
        where TContract : struct, Enum
    {
        if (Convert.ToInt32(value, CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        if (Enum.IsDefined(value) && Enum.TryParse<TDomain>(value.ToString(), out var mapped))
        {
            return mapped;
        }

        violations.Add(new(field, $"'{value}' is not one of {string.Join(", ", UpperSnakeCase.Names<TDomain>())}"));
        return null;
    }

    private static void CheckHomeAuthority(string code, string field, List<FieldViolation> violations)
    {
        if (!string.IsNullOrEmpty(code) && !Authorities.IsHomeAuthority(code))
        {
            violations.Add(new(field, $"'{code}' is not a Welsh authority code, 'england' or 'outside-wales-and-england'"));
        }
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

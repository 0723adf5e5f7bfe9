using System.Collections.Frozen;
using AlnDecisions.Domain;

namespace AlnDecisions.Server.Pages.Texts;

/// <summary>
/// What each fact is called on a page, and what its coded values mean, in Welsh and English. Keyed
/// by the fact's proto3 JSON path, the name the proto declares (<c>ContractFacts</c>) and every
/// explanation carries; the facts the rules derive from them (<see cref="DerivedFacts"/>) are named
/// here too. A consistency test holds every fact of the contract, every derived fact and every
/// coded value to having both texts, and no text to a fact that does not exist.
/// </summary>
internal static class FactWords
{
    /// <summary>The facts the rules derive from a request (age, the decision, the ALN status and the IDP question), not fields of it.</summary>
    public static IReadOnlyList<string> DerivedFacts { get; } =
    [
        "decision.authority", "decision.date", "age.years", "age.underThree", "age.belowCompulsorySchoolAge",
        "age.overCompulsorySchoolAge", "age.twentyFiveOrOver", "aln.status", "idp.outcome", "idp.schoolAuthorityOutcome",
        "idp.principlesConflict", "learner.post16.realisticProspectForAnyDesiredOutcome",
    ];

    /// <summary>Every fact's name on a page.</summary>
    public static FrozenDictionary<string, LocalisedText> Labels { get; } = new Dictionary<string, LocalisedText>(StringComparer.Ordinal)
    {
        ["learner.dateOfBirth"] = new("Date of birth", "Dyddiad geni"),
        ["learner.homeAuthority"] = new("Home local authority (where the learner lives)", "Awdurdod lleol cartref (lle mae'r dysgwr yn byw)"),
        ["learner.setting.kind"] = new("Kind of setting", "Math o leoliad"),
        ["learner.setting.authority"] = new("Authority that maintains the setting", "Yr awdurdod sy'n cynnal y lleoliad"),
        ["learner.setting.specialistClass"] = new("Specialist class", "Dosbarth arbenigol"),
        ["learner.setting.welshMedium"] = new("Welsh-medium setting", "Lleoliad cyfrwng Cymraeg"),
        ["learner.setting.reference"] = new("Setting reference", "Cyfeirnod y lleoliad"),
        ["learner.lookedAfter"] = new("Looked after by a local authority", "Yn derbyn gofal gan awdurdod lleol"),
        ["learner.lookingAfterAuthority"] = new("Authority looking after the learner", "Yr awdurdod sy'n gofalu am y dysgwr"),
        ["learner.dualRegistered"] = new("Registered or enrolled at more than one school or college", "Wedi'i gofrestru neu ei ymrestru mewn mwy nag un ysgol neu goleg"),
        ["learner.electivelyHomeEducated"] = new("Electively home educated", "Yn cael addysg ddewisol yn y cartref"),
        ["learner.educatedOtherThanAtSchool"] = new("Educated other than at school", "Yn cael addysg heblaw yn yr ysgol"),
        ["learner.consent"] = new("Young person's consent", "Cydsyniad y person ifanc"),
        ["learner.needs.significantlyGreaterDifficulty"] = new("Significantly greater difficulty in learning than most others of the same age", "Anhawster sylweddol fwy i ddysgu na'r rhan fwyaf o eraill o'r un oed"),
        ["learner.needs.disabilityHindersUseOfFacilities"] = new("A disability that prevents or hinders use of facilities generally provided", "Anabledd sy'n atal neu'n llesteirio defnyddio cyfleusterau a ddarperir yn gyffredinol"),
        ["learner.needs.likelyToMeetDefinitionAtCompulsorySchoolAge"] = new("Likely to have a learning difficulty or disability at compulsory school age", "Yn debygol o fod ag anhawster dysgu neu anabledd pan fydd o oedran ysgol gorfodol"),
        ["learner.needs.solelyLanguageOfHome"] = new("Difficulty arises only because the language of the home differs from the language of teaching", "Yr anhawster yn codi dim ond am fod iaith y cartref yn wahanol i iaith yr addysgu"),
        ["learner.needs.arisesFromMedicalCondition"] = new("Arises from a medical condition", "Yn deillio o gyflwr meddygol"),
        ["learner.needs.areas"] = new("Areas of need", "Meysydd angen"),
        ["learner.needs.rareConditionRequiringSpecialistSupport"] = new("A rare condition needing specialist support the school cannot reasonably provide", "Cyflwr prin sydd angen cymorth arbenigol na all yr ysgol ei ddarparu'n rhesymol"),
        ["learner.provision.metByUniversalProvision"] = new("Needs met by provision generally available to all learners", "Anghenion yn cael eu diwallu gan ddarpariaeth sydd ar gael yn gyffredinol i bob dysgwr"),
        ["learner.provision.reasonableAdjustmentsConsidered"] = new("Reasonable adjustments (Equality Act 2010) considered first", "Addasiadau rhesymol (Deddf Cydraddoldeb 2010) wedi'u hystyried yn gyntaf"),
        ["learner.provision.additionalOrDifferentRequired"] = new("Provision additional to or different from what is generally made is called for", "Mae angen darpariaeth ychwanegol at y ddarpariaeth a wneir yn gyffredinol, neu'n wahanol iddi"),
        ["learner.provision.anyEducationalProvisionRequired"] = new("Educational provision of any kind is called for (under three)", "Mae angen darpariaeth addysgol o unrhyw fath (o dan dair oed)"),
        ["learner.provision.tier"] = new("Tier of provision", "Haen y ddarpariaeth"),
        ["learner.provision.welshMediumRequested"] = new("Welsh-medium provision asked for", "Gofynnwyd am ddarpariaeth cyfrwng Cymraeg"),
        ["learner.provision.reasonableForSchoolToSecure"] = new("Reasonable for the school or college to secure the provision", "Yn rhesymol i'r ysgol neu'r coleg sicrhau'r ddarpariaeth"),
        ["learner.provision.schoolCanDetermineNeedsAndProvision"] = new("The school can adequately determine the needs and the provision", "Gall yr ysgol bennu'r anghenion a'r ddarpariaeth yn ddigonol"),
        ["learner.provision.requiresPlaceAtParticularInstitution"] = new("The IDP must name a place at a particular school or institution", "Rhaid i'r CDU enwi lle mewn ysgol neu sefydliad penodol"),
        ["learner.provision.requiresBoardAndLodging"] = new("The IDP must provide board and lodging", "Rhaid i'r CDU ddarparu bwyd a llety"),
        ["learner.provision.externalSpecialistAdviceBeyondSchool"] = new("External specialist advice beyond what the school can reasonably secure", "Cyngor arbenigol allanol y tu hwnt i'r hyn y gall yr ysgol ei sicrhau'n rhesymol"),
        ["learner.provision.equipmentBeyondSchool"] = new("Equipment beyond what the school can reasonably provide", "Offer y tu hwnt i'r hyn y gall yr ysgol ei ddarparu'n rhesymol"),
        ["learner.provision.intensiveSupportBeyondSchool"] = new("Support of an intensity or length beyond what the school can reasonably secure", "Cymorth o ddwyster neu hyd y tu hwnt i'r hyn y gall yr ysgol ei sicrhau'n rhesymol"),
        ["learner.existingIdp.maintainedBy"] = new("Who maintains an existing IDP", "Pwy sy'n cynnal CDU presennol"),
        ["learner.existingIdp.authority"] = new("Authority that maintains the existing IDP", "Yr awdurdod sy'n cynnal y CDU presennol"),
        ["learner.hasAln"] = new("Already decided to have additional learning needs", "Eisoes wedi penderfynu bod ganddo anghenion dysgu ychwanegol"),
        ["learner.post16.toEnrolAtMaintainedSchoolOrFeiInWales"] = new("To register at a maintained school or enrol at a further education college in Wales", "I gofrestru mewn ysgol a gynhelir neu ymrestru mewn coleg addysg bellach yng Nghymru"),
        ["learner.post16.englishInstitutionProposed"] = new("A school, Academy or college in England is proposed", "Cynigir ysgol, Academi neu goleg yn Lloegr"),
        ["learner.post16.englishInstitutionWouldSecureAlp"] = new("That school or college in England would secure the provision", "Byddai'r ysgol neu'r coleg hwnnw yn Lloegr yn sicrhau'r ddarpariaeth"),
        ["learner.post16.specialistInstitutionProposed"] = new("A place at an independent special post-16 institution is proposed", "Cynigir lle mewn sefydliad ôl-16 arbennig annibynnol"),
        ["learner.post16.specialistInstitutionOnWelshMinistersList"] = new("That institution is on the Welsh Ministers' list", "Mae'r sefydliad hwnnw ar restr Gweinidogion Cymru"),
        ["learner.post16.desiredOutcomes"] = new("Desired outcomes", "Canlyniadau dymunol"),
        ["learner.post16.realisticProspectForAnyDesiredOutcome"] = new("A realistic prospect of meeting at least one desired outcome", "Gobaith realistig o gyflawni o leiaf un canlyniad dymunol"),
        ["learner.post16.ableToUndertakeProgramme"] = new("Able to undertake the programme of study", "Yn gallu ymgymryd â'r rhaglen astudio"),
        ["learner.post16.programmeSuitableForOutcomes"] = new("The programme is suitable for the desired outcomes", "Mae'r rhaglen yn addas ar gyfer y canlyniadau dymunol"),
        ["learner.post16.informationConsidered"] = new("Information taken into account", "Gwybodaeth a ystyriwyd"),
        ["learner.post16.onProgramme"] = new("Already on a programme of study", "Eisoes ar raglen astudio"),
        ["learner.post16.differentRatesOfProgressConsidered"] = new("That young people progress at different rates was considered", "Ystyriwyd bod pobl ifanc yn datblygu ar gyfraddau gwahanol"),
        ["learner.post16.yearsOnProgramme"] = new("Whole years already on the programme", "Blynyddoedd cyfan eisoes ar y rhaglen"),
        ["learner.post16.extensionRequested"] = new("An extension of the programme is asked for", "Gofynnir am estyn y rhaglen"),
        ["learner.post16.extensionUnavoidable"] = new("The extension is unavoidable", "Ni ellir osgoi'r estyniad"),
        ["learner.post16.extensionNecessaryForOutcomes"] = new("The extension is necessary to meet the outcomes", "Mae'r estyniad yn angenrheidiol i gyflawni'r canlyniadau"),
        ["learner.post16.extensionShouldHaveBeenAddressedEarlier"] = new("The need for the extension should have been dealt with earlier", "Dylid bod wedi ymdrin â'r angen am yr estyniad yn gynharach"),
        ["learner.post16.extensionProportionate"] = new("The extension is proportionate", "Mae'r estyniad yn gymesur"),
        ["learner.post16.previouslyExtended"] = new("The programme was extended before", "Estynnwyd y rhaglen o'r blaen"),
        ["learner.post16.sameFactsAsPreviousExtension"] = new("The same facts as the earlier extension", "Yr un ffeithiau â'r estyniad blaenorol"),
        ["learner.post16.exceptionalReasons"] = new("Exceptional reasons", "Rhesymau eithriadol"),
        ["learner.post16.programmeDesignedLongerThanDefault"] = new("The programme is designed to last longer than the usual period", "Mae'r rhaglen wedi'i chynllunio i bara'n hwy na'r cyfnod arferol"),
        ["learner.post16.earlierCourseNoMeaningfulBenefit"] = new("An earlier course gave no meaningful benefit", "Ni roddodd cwrs cynharach fudd ystyrlon"),
        ["learner.post16.circumstancesChangedSignificantly"] = new("Circumstances have changed significantly", "Mae'r amgylchiadau wedi newid yn sylweddol"),
        ["learner.post16.essentialOutcomeElementNotYetDelivered"] = new("An essential part of the outcomes could not be delivered yet", "Ni fu modd darparu rhan hanfodol o'r canlyniadau eto"),
        ["learner.post16.otherExceptionalCircumstances"] = new("Other exceptional circumstances", "Amgylchiadau eithriadol eraill"),
        ["learner.post16.welshInstitutionReasonableToSecureAlp"] = new("Reasonable for that school or college in Wales to secure the provision", "Yn rhesymol i'r ysgol neu'r coleg hwnnw yng Nghymru sicrhau'r ddarpariaeth"),
        ["learner.post16.reasonableNeedsDetermined"] = new("An authority has decided the young person has reasonable needs for education or training", "Mae awdurdod wedi penderfynu bod gan y person ifanc anghenion rhesymol am addysg neu hyfforddiant"),
        ["learner.lookedAfterCategoryExcluded"] = new("In a category of looked-after child that the Regulations exclude", "Mewn categori o blentyn sy'n derbyn gofal y mae'r Rheoliadau'n ei eithrio"),
        ["learner.placementArea"] = new("Where a looked-after child is placed", "Lle mae plentyn sy'n derbyn gofal wedi'i leoli"),
        ["learner.detention.likelyAged25BeforeRelease"] = new("Likely to be 25 or over before release", "Yn debygol o fod yn 25 oed neu'n hŷn cyn cael ei ryddhau"),
        ["learner.detention.registeredOrEnrolledAtSchoolOrCollege"] = new("Registered or enrolled at a school, college or Academy", "Wedi'i gofrestru neu ei ymrestru mewn ysgol, coleg neu Academi"),
        ["learner.detention.reasonableNeedsOnReleaseUnlikely"] = new("Unlikely to have reasonable needs for education or training on release", "Yn annhebygol o fod ag anghenion rhesymol am addysg neu hyfforddiant ar ôl cael ei ryddhau"),
        ["decision.authority"] = new("Authority the decision is made in", "Yr awdurdod y gwneir y penderfyniad ynddo"),
        ["decision.date"] = new("Decision date", "Dyddiad y penderfyniad"),
        ["age.years"] = new("Age in years", "Oed mewn blynyddoedd"),
        ["age.underThree"] = new("Under three", "O dan dair oed"),
        ["age.belowCompulsorySchoolAge"] = new("Below compulsory school age", "O dan oedran ysgol gorfodol"),
        ["age.overCompulsorySchoolAge"] = new("Over compulsory school age", "Dros oedran ysgol gorfodol"),
        ["age.twentyFiveOrOver"] = new("Aged 25 or over", "25 oed neu'n hŷn"),
        ["aln.status"] = new("Additional learning needs, as decided", "Anghenion dysgu ychwanegol, fel y penderfynwyd"),
        ["idp.outcome"] = new("Who keeps the IDP, under the home authority's principles", "Pwy sy'n cynnal y CDU, o dan egwyddorion yr awdurdod cartref"),
        ["idp.schoolAuthorityOutcome"] = new("Who keeps the IDP, under the school's authority's principles", "Pwy sy'n cynnal y CDU, o dan egwyddorion awdurdod yr ysgol"),
        ["idp.principlesConflict"] = new("The two authorities' principles disagree", "Mae egwyddorion y ddau awdurdod yn anghytuno"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The facts of each record of a list of records (a desired outcome's kind and prospect), by their path inside the record.</summary>
    public static FrozenDictionary<string, LocalisedText> RecordLabels { get; } = new Dictionary<string, LocalisedText>(StringComparer.Ordinal)
    {
        ["kind"] = new("Desired outcome", "Canlyniad dymunol"),
        ["realisticProspect"] = new("Realistic prospect of meeting it", "Gobaith realistig o'i gyflawni"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What each coded value of a choice fact means, by the fact's path and the code.</summary>
    public static FrozenDictionary<string, FrozenDictionary<string, LocalisedText>> Choices { get; } = new Dictionary<string, FrozenDictionary<string, LocalisedText>>(StringComparer.Ordinal)
    {
        ["learner.setting.kind"] = Codes(
            ("NONE", "No setting", "Dim lleoliad"),
            ("NON_MAINTAINED_EARLY_YEARS", "Non-maintained early years setting", "Lleoliad blynyddoedd cynnar nas cynhelir"),
            ("MAINTAINED_NURSERY", "Maintained nursery school", "Ysgol feithrin a gynhelir"),
            ("MAINTAINED_SCHOOL", "Maintained school", "Ysgol a gynhelir"),
            ("SPECIAL_SCHOOL", "Special school", "Ysgol arbennig"),
            ("PUPIL_REFERRAL_UNIT", "Pupil referral unit", "Uned cyfeirio disgyblion"),
            ("INDEPENDENT_SCHOOL", "Independent school", "Ysgol annibynnol"),
            ("FURTHER_EDUCATION_INSTITUTION", "Further education college", "Sefydliad addysg bellach"),
            ("INDEPENDENT_SPECIALIST_POST16_INSTITUTION", "Independent special post-16 institution", "Sefydliad ôl-16 arbennig annibynnol"),
            ("YOUTH_DETENTION", "Youth detention accommodation", "Llety cadw ieuenctid"),
            ("OTHER_DETENTION_ACCOMMODATION", "Other detention accommodation, such as a prison", "Llety cadw arall, megis carchar")),
        ["learner.setting.specialistClass"] = Codes(
            ("NOT_IN_SPECIALIST_CLASS", "Not in a specialist class", "Ddim mewn dosbarth arbenigol"),
            ("LEARNING_SUPPORT_CLASS", "Learning support class", "Dosbarth cymorth dysgu"),
            ("RESOURCE_BASE", "Resource base", "Canolfan adnoddau")),
        ["learner.consent"] = Codes(
            ("NOT_SOUGHT", "Not asked for", "Heb ofyn amdano"),
            ("GIVEN", "Given", "Wedi'i roi"),
            ("REFUSED", "Refused", "Wedi'i wrthod")),
        ["learner.existingIdp.maintainedBy"] = Codes(
            ("SCHOOL", "The school", "Yr ysgol"),
            ("FEI", "A further education college", "Coleg addysg bellach"),
            ("LOCAL_AUTHORITY", "The local authority", "Yr awdurdod lleol"),
            ("NONE", "No IDP", "Dim CDU")),
        ["learner.post16.desiredOutcomes.kind"] = Codes(
            ("EMPLOYMENT", "Employment", "Cyflogaeth"),
            ("FURTHER_LEARNING", "Further learning", "Dysgu pellach"),
            ("INDEPENDENT_LIVING", "Independent living", "Byw'n annibynnol"),
            ("COMMUNITY_PARTICIPATION_AND_SELF_REGULATION", "Taking part in the community, and self-regulation", "Cymryd rhan yn y gymuned, a hunanreoleiddio"),
            ("COMMUNICATION_AND_RELATIONSHIPS", "Communication and relationships", "Cyfathrebu a pherthnasoedd"),
            ("QUALITY_OF_LIFE", "Quality of life", "Ansawdd bywyd"),
            ("PREVENTING_REGRESSION", "Preventing regression", "Atal atchweliad")),
        ["learner.post16.informationConsidered"] = Codes(
            ("CURRENT_OR_RECENT_PROVIDERS", "Current or recent providers", "Darparwyr presennol neu ddiweddar"),
            ("HEALTH_AND_SOCIAL_CARE", "Health and social care professionals", "Gweithwyr proffesiynol iechyd a gofal cymdeithasol"),
            ("PROPOSED_INSTITUTION", "The proposed institution", "Y sefydliad arfaethedig"),
            ("CAREERS_SERVICE", "Careers service", "Gwasanaeth gyrfaoedd")),
        ["aln.status"] = Codes(
            ("HAS_ALN", "Has additional learning needs", "Mae ganddo anghenion dysgu ychwanegol"),
            ("NO_ALN", "Does not have additional learning needs", "Nid oes ganddo anghenion dysgu ychwanegol"),
            ("NOT_DECIDED", "Not decided yet", "Heb ei benderfynu eto")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly LocalisedText Yes = new("Yes", "Ie");
    private static readonly LocalisedText No = new("No", "Na");
    private static readonly LocalisedText NotKnown = new("Not known", "Ddim yn hysbys");

    /// <summary>The fact's name; its path where no name is declared (a consistency test keeps that from happening).</summary>
    public static LocalisedText Label(string path) => Labels.TryGetValue(path, out var label) ? label : new LocalisedText(path, path);

    /// <summary>
    /// A value as an explanation or a search gives it ("true", "false", "unknown", a code, an
    /// authority code, a date or text) in words. The IDP question's facts are outcome codes.
    /// </summary>
    public static LocalisedText Value(string path, string value)
    {
        switch (value)
        {
            case "true":
                return Yes;
            case "false":
                return No;
            case "unknown":
            case "":
                return NotKnown;
        }

        if (Choices.TryGetValue(path, out var codes) && codes.TryGetValue(value, out var words))
        {
            return words;
        }

        if (path is "idp.outcome" or "idp.schoolAuthorityOutcome")
        {
            return OutcomeWords.Of(Contract.V1.DecisionKind.Types.Value.IdpResponsibility, value);
        }

        var authority = AuthorityNames.Of(value);
        return authority.En == value ? new LocalisedText(value, value) : authority;
    }

    private static FrozenDictionary<string, LocalisedText> Codes(params (string Code, string En, string Cy)[] codes) =>
        codes.ToDictionary(c => c.Code, c => new LocalisedText(c.En, c.Cy), StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
}

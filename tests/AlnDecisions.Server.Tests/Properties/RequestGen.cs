using System.Globalization;
using AlnDecisions.Contract.V1;
using Authorities = AlnDecisions.Domain.Authorities;
using CsCheck;
using DecisionKind = AlnDecisions.Contract.V1.DecisionKind;

namespace AlnDecisions.Server.Tests.Properties;

/// <summary>
/// Generated decision requests. <see cref="Valid"/> keeps every rule the contract states (dates in
/// the Act's lifetime and the learner's, events paired, reasons given, limits kept), so each one
/// must be decided. <see cref="Broken"/> takes a valid request and breaks one field the way a
/// careless or hostile caller would, and says which field it broke.
/// </summary>
internal static class RequestGen
{
    public static readonly string[] Steps =
    [
        "school-decision-35-school-days", "fei-decision-35-term-time-days", "authority-decision-12-weeks",
        "nhs-reply-to-s20-referral-6-weeks", "appeal-to-tribunal-8-weeks", "review-of-tribunal-decision-28-days",
    ];

    private static readonly string[] PauseReasons = ["LEARNER_ABSENCE", "PARENT_OR_YOUNG_PERSON_DELAY", "HEALTH_INFORMATION_AWAITED", "SCHOOL_HOLIDAY"];

    private static readonly string[] HomeAuthorities = [.. Authorities.Welsh, Authorities.England, Authorities.OutsideWalesAndEngland];

    private static readonly DateOnly ActAssented = new(2018, 1, 24);
    private static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>When the statutory timescales (and so their steps) come into force.</summary>
    private static readonly DateOnly TimescalesBegin = new(2021, 9, 1);

    /// <summary>Text a person might type: Welsh letters, emoji, combining marks, no control characters.</summary>
    private static readonly Gen<string> FreeText = Gen.OneOf(
        Gen.Const("communication and interaction"),
        Gen.Const("cyfathrebu a rhyngweithio ŵ ŷ â"),
        Gen.Const("dyslexia 🧠 e\u0301"),
        Gen.Char["abcdefghijklmnopqrstuvwxyz ŵŷ-'"].Array[1, 60].Select(c => new string(c)));

    private static readonly Gen<string> Reference = Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_./"].Array[1, 64].Select(c => new string(c));

    /// <summary>Strings no client library would stop: huge, control and bidirectional characters, lone surrogates, random code units.</summary>
    public static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.Const(string.Empty),
        Gen.Const("   "),
        Gen.Const("\u202Egnp.exe"),
        Gen.Const("a\u0000b"),
        Gen.Const("line\nbreak"),
        Gen.Const("\uD800"),
        Gen.Const("\uDFFF\uD800"),
        Gen.Const("'; DROP TABLE decisions; --"),
        Gen.Const("{0}{1}%s%n"),
        Gen.Const("${jndi:ldap://127.0.0.1/a}"),
        Gen.Int[129, 40_000].Select(n => new string('x', n)),
        Gen.Int[1, 5_000].Select(n => string.Concat(Enumerable.Repeat("ŵ🧠", n))),
        Gen.Char.Array[1, 80].Select(c => new string(c)));

    private static Gen<DateOnly> DateBetween(DateOnly from, DateOnly to) =>
        Gen.Int[0, Math.Max(0, to.DayNumber - from.DayNumber)].Select(days => from.AddDays(days));

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Decision dates anywhere in the accepted range, often at its ends and around rule-set changes.</summary>
    private static readonly Gen<DateOnly> DecisionDate = Gen.Frequency(
        (1, Gen.OneOf(Gen.Const(ActAssented), Gen.Const(Latest), Gen.Const(new DateOnly(2021, 8, 31)), Gen.Const(new DateOnly(2021, 9, 1)), Gen.Const(new DateOnly(2025, 8, 31)))),
        (5, DateBetween(new DateOnly(2021, 9, 1), new DateOnly(2027, 12, 31))),
        (1, DateBetween(ActAssented, Latest)));

    private static Gen<bool?> OptionalBool => Gen.OneOf(Gen.Const((bool?)null), Gen.Const<bool?>(true), Gen.Const<bool?>(false));

    private static Gen<T> EnumUpTo<T>(int highest)
        where T : struct, Enum => Gen.Int[0, highest].Select(n => (T)(object)n);

    /// <summary>A valid request: every field within its limits and consistent with the others.</summary>
    public static readonly Gen<DecisionRequest> Valid =
        from date in DecisionDate
        from authority in Gen.OneOf(Authorities.Welsh.Select(Gen.Const).ToArray())
        from reference in Reference.Select(r => "case-" + r[..Math.Min(r.Length, 100)])
        from kinds in Gen.Int[1, 5].Array[0, 5]
        from view in Gen.Int[0, 2]
        from learner in Learner(date)
        from events in Events(date, learner.DateOfBirth)
        select Build(reference, authority, date, kinds, view, learner, events);

    private static DecisionRequest Build(string reference, string authority, DateOnly date, int[] kinds, int view, Learner learner, CaseEvent[] events)
    {
        var request = new DecisionRequest
        {
            CaseReference = reference,
            Authority = authority,
            DecisionDate = Text(date),
            View = (DecisionView.Types.Value)view,
            Learner = learner,
        };
        request.Kinds.AddRange(kinds.Select(k => (DecisionKind.Types.Value)k));
        request.Events.AddRange(events);
        return request;
    }

    private static Gen<Learner> Learner(DateOnly decisionDate) =>
        from born in Gen.Frequency((1, Gen.Const((DateOnly?)null)), (6, DateBetween(decisionDate.AddYears(-30) < new DateOnly(1900, 1, 1) ? new DateOnly(1900, 1, 1) : decisionDate.AddYears(-30), decisionDate).Select(d => (DateOnly?)d)))
        from home in Gen.OneOf(Gen.Const(string.Empty), Gen.OneOf(HomeAuthorities.Select(Gen.Const).ToArray()))
        from setting in Setting
        from lookedAfter in OptionalBool
        from lookingAfter in Gen.OneOf(Gen.Const(string.Empty), Gen.OneOf(HomeAuthorities.Select(Gen.Const).ToArray()))
        from flags in OptionalBool.Array[5]
        from consent in EnumUpTo<Consent.Types.Value>(3)
        from needs in Needs
        from provision in Provision
        from existing in ExistingIdp
        from post16 in Post16
        select MakeLearner(born, home, setting, lookedAfter, lookingAfter, flags, consent, needs, provision, existing, post16);

    private static Learner MakeLearner(DateOnly? born, string home, Setting setting, bool? lookedAfter, string lookingAfter, bool?[] flags, Consent.Types.Value consent, Needs needs, Provision provision, ExistingIdp existing, Post16 post16)
    {
        var learner = new Learner { DateOfBirth = born is { } b ? Text(b) : string.Empty, HomeAuthority = home, Setting = setting, Consent = consent, Needs = needs, Provision = provision, ExistingIdp = existing, Post16 = post16 };
        if (lookedAfter is { } l)
        {
            learner.LookedAfter = l;
        }

        // A looking-after authority is given only for a child who is looked after.
        if (lookedAfter is not false)
        {
            learner.LookingAfterAuthority = lookingAfter;
        }

        Set(flags[0], v => learner.DualRegistered = v);
        Set(flags[1], v => learner.ElectivelyHomeEducated = v);
        Set(flags[2], v => learner.EducatedOtherThanAtSchool = v);
        Set(flags[3], v => learner.HasAln = v);
        return learner;
    }

    private static void Set(bool? value, Action<bool> set)
    {
        if (value is { } v)
        {
            set(v);
        }
    }

    private static readonly Gen<Setting> Setting =
        from kind in EnumUpTo<SettingKind.Types.Value>(10)
        from authority in Gen.OneOf(Gen.Const(string.Empty), Gen.OneOf(HomeAuthorities.Select(Gen.Const).ToArray()))
        from specialist in EnumUpTo<SpecialistClass.Types.Value>(3)
        from welsh in OptionalBool
        from reference in Gen.OneOf(Gen.Const(string.Empty), Reference)
        select WithOptional(new Setting { Kind = kind, Authority = authority, SpecialistClass = specialist, Reference = reference }, welsh, (s, v) => s.WelshMedium = v);

    private static readonly Gen<Needs> Needs =
        from flags in OptionalBool.Array[6]
        from areas in FreeText.Array[0, 5]
        select MakeNeeds(flags, areas);

    private static Needs MakeNeeds(bool?[] flags, string[] areas)
    {
        var needs = new Needs();
        Set(flags[0], v => needs.SignificantlyGreaterDifficulty = v);
        Set(flags[1], v => needs.DisabilityHindersUseOfFacilities = v);
        Set(flags[2], v => needs.LikelyToMeetDefinitionAtCompulsorySchoolAge = v);
        Set(flags[3], v => needs.SolelyLanguageOfHome = v);
        Set(flags[4], v => needs.ArisesFromMedicalCondition = v);
        Set(flags[5], v => needs.RareConditionRequiringSpecialistSupport = v);
        needs.Areas.AddRange(areas);
        return needs;
    }

    private static readonly Gen<Provision> Provision =
        from flags in OptionalBool.Array[12]
        from tier in Gen.OneOf(Gen.Const(string.Empty), Gen.Const("targeted"), Gen.Const("universal"))
        select MakeProvision(flags, tier);

    private static Provision MakeProvision(bool?[] flags, string tier)
    {
        var p = new Provision { Tier = tier };
        Set(flags[0], v => p.MetByUniversalProvision = v);
        Set(flags[1], v => p.ReasonableAdjustmentsConsidered = v);
        // Needs met by universal provision do not call for additional or different provision (s.3(1)).
        Set(p.MetByUniversalProvision ? (flags[2] is true ? false : flags[2]) : flags[2], v => p.AdditionalOrDifferentRequired = v);
        Set(flags[3], v => p.AnyEducationalProvisionRequired = v);
        Set(flags[4], v => p.WelshMediumRequested = v);
        Set(flags[5], v => p.ReasonableForSchoolToSecure = v);
        Set(flags[6], v => p.SchoolCanDetermineNeedsAndProvision = v);
        Set(flags[7], v => p.RequiresPlaceAtParticularInstitution = v);
        Set(flags[8], v => p.RequiresBoardAndLodging = v);
        Set(flags[9], v => p.ExternalSpecialistAdviceBeyondSchool = v);
        Set(flags[10], v => p.EquipmentBeyondSchool = v);
        Set(flags[11], v => p.IntensiveSupportBeyondSchool = v);
        return p;
    }

    private static readonly Gen<ExistingIdp> ExistingIdp =
        from maintainer in EnumUpTo<IdpMaintainer.Types.Value>(4)
        from authority in Gen.OneOf(Authorities.Welsh.Select(Gen.Const).ToArray())
        select new ExistingIdp { MaintainedBy = maintainer, Authority = maintainer == IdpMaintainer.Types.Value.LocalAuthority ? authority : string.Empty };

    private static readonly Gen<Post16> Post16 =
        from flags in OptionalBool.Array[23]
        from years in Gen.Frequency((1, Gen.Const((int?)null)), (2, Gen.Int[0, 25].Select(y => (int?)y)))
        from outcomes in Gen.Select(EnumUpTo<DesiredOutcomeKind.Types.Value>(7).Where(k => k != 0), OptionalBool).Array[0, 4]
        from sources in Gen.Int[1, 4].Array[0, 4]
        select MakePost16(flags, years, outcomes, sources);

    private static Post16 MakePost16(bool?[] flags, int? years, (DesiredOutcomeKind.Types.Value Kind, bool? Prospect)[] outcomes, int[] sources)
    {
        var p = new Post16();
        Action<bool>[] setters =
        [
            v => p.ToEnrolAtMaintainedSchoolOrFeiInWales = v, v => p.EnglishInstitutionProposed = v, v => p.EnglishInstitutionWouldSecureAlp = v,
            v => p.SpecialistInstitutionProposed = v, v => p.SpecialistInstitutionOnWelshMinistersList = v, v => p.AbleToUndertakeProgramme = v,
            v => p.ProgrammeSuitableForOutcomes = v, v => p.OnProgramme = v, v => p.DifferentRatesOfProgressConsidered = v, v => p.ExtensionRequested = v,
            v => p.ExtensionUnavoidable = v, v => p.ExtensionNecessaryForOutcomes = v, v => p.ExtensionShouldHaveBeenAddressedEarlier = v,
            v => p.ExtensionProportionate = v, v => p.PreviouslyExtended = v, v => p.SameFactsAsPreviousExtension = v, v => p.ExceptionalReasons = v,
            v => p.ProgrammeDesignedLongerThanDefault = v, v => p.EarlierCourseNoMeaningfulBenefit = v, v => p.CircumstancesChangedSignificantly = v,
            v => p.EssentialOutcomeElementNotYetDelivered = v, v => p.OtherExceptionalCircumstances = v,
        ];
        for (var i = 0; i < setters.Length; i++)
        {
            Set(flags[i], setters[i]);
        }

        if (years is { } y)
        {
            p.YearsOnProgramme = y;
        }

        p.DesiredOutcomes.AddRange(outcomes.Select(o => WithOptional(new DesiredOutcome { Kind = o.Kind }, o.Prospect, (d, v) => d.RealisticProspect = v)));
        p.InformationConsidered.AddRange(sources.Select(s => (InformationSource.Types.Value)s));
        return p;
    }

    private static T WithOptional<T>(T message, bool? value, Action<T, bool> set)
    {
        if (value is { } v)
        {
            set(message, v);
        }

        return message;
    }

    /// <summary>Events in order of what can happen: after the Act and the birth, not after the decision date; each resume after its pause.</summary>
    private static Gen<CaseEvent[]> Events(DateOnly decisionDate, string dateOfBirth)
    {
        var born = dateOfBirth.Length == 0 ? ActAssented : DateOnly.ParseExact(dateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var earliest = born > ActAssented ? born : ActAssented;
        if (earliest > decisionDate)
        {
            return Gen.Const(Array.Empty<CaseEvent>());
        }

        var one =
            from kind in Gen.Int[1, 19].Where(k => k != (int)CaseEventKind.Types.Value.ClockResumed)
            from date in DateBetween(earliest, decisionDate)
            from body in Gen.Int[0, 5]
            from reason in Gen.OneOf(PauseReasons.Select(Gen.Const).Append(FreeText).ToArray())
            from step in decisionDate >= TimescalesBegin ? Gen.OneOf(Gen.Const(string.Empty), Gen.OneOf(Steps.Select(Gen.Const).ToArray())) : Gen.Const(string.Empty)
            from resumeAfter in Gen.Int[0, 60]
            select MakeEvent((CaseEventKind.Types.Value)kind, date, (EventBody.Types.Value)body, reason, step, resumeAfter, decisionDate);
        return one.Array[0, 6].Select(groups => groups.SelectMany(g => g).ToArray());
    }

    private static CaseEvent[] MakeEvent(CaseEventKind.Types.Value kind, DateOnly date, EventBody.Types.Value body, string reason, string step, int resumeAfter, DateOnly decisionDate)
    {
        var pauses = kind is CaseEventKind.Types.Value.ClockPaused or CaseEventKind.Types.Value.DelayBeyondControl;
        var e = new CaseEvent { Kind = kind, Date = Text(date), Body = body, Reason = pauses ? reason : string.Empty, Step = pauses ? step : string.Empty };
        if (kind != CaseEventKind.Types.Value.ClockPaused || date.AddDays(resumeAfter) > decisionDate)
        {
            return [e];
        }

        return [e, new CaseEvent { Kind = CaseEventKind.Types.Value.ClockResumed, Date = Text(date.AddDays(resumeAfter)), Step = step }];
    }

    /// <summary>One way to break a request, and the field (its JSON path, or the start of it) that must be named.</summary>
    public sealed record Breakage(string Field, string What, Action<DecisionRequest> Apply)
    {
        public override string ToString() => $"{Field}: {What}";
    }

    private static Gen<Breakage> Break(string field, string what, Action<DecisionRequest> apply) => Gen.Const(new Breakage(field, what, apply));

    private static Gen<Breakage> Break<T>(Gen<T> values, string field, string what, Action<DecisionRequest, T> apply) =>
        values.Select(v => new Breakage(field, $"{what} {Show(v)}", r => apply(r, v)));

    private static string Show<T>(T value) => value switch
    {
        string s when s.Length > 40 => $"'{s[..40]}…' ({s.Length} chars)",
        string s => $"'{s}'",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static readonly Gen<string> BadDates = Gen.OneOf(
        Gen.Const("2025-02-30"), Gen.Const("2025-13-01"), Gen.Const("25-10-01"), Gen.Const(" 2025-10-01"), Gen.Const("2025-10-01T00:00:00Z"),
        Gen.Const("01/10/2025"), Gen.Const("２０２５-１０-０１"), Gen.Const("2025-1-1"), Gen.Const("+2025-10-01"), Hostile.Where(s => s.Trim().Length > 0));

    private static readonly Gen<string> NotAnAuthority = Gen.OneOf(Gen.Const("Cardiff"), Gen.Const("atlantis"), Gen.Const("cardiff "), Gen.Const("ENGLAND"), Hostile.Where(s => s.Trim().Length > 0));

    /// <summary>Every breakage, each of one field.</summary>
    public static readonly Gen<Breakage> Breakages = Gen.OneOf(
        Break(Gen.OneOf(Gen.Const(string.Empty), Gen.Const("  \t")), "caseReference", "blank", (r, v) => r.CaseReference = v),
        Break(Gen.Int[129, 50_000], "caseReference", "length", (r, n) => r.CaseReference = new string('c', n)),
        Break(Gen.OneOf(Gen.Const("ref\u202Eevil"), Gen.Const("ref\u0007"), Gen.Const("ref\u200B"), Gen.Const("\u0000"), Gen.Const("ref\u2066x")), "caseReference", "hidden characters", (r, v) => r.CaseReference = v),
        Break(NotAnAuthority, "authority", "not a code", (r, v) => r.Authority = v),
        Break("authority", "missing", r => r.Authority = string.Empty),
        Break(BadDates, "decisionDate", "malformed", (r, v) => r.DecisionDate = v),
        Break(Gen.OneOf(Gen.Const("2018-01-23"), Gen.Const("2100-01-01"), Gen.Const("9999-12-31"), Gen.Const("0001-01-01"), Gen.Const("1900-01-01")), "decisionDate", "out of range", (r, v) => r.DecisionDate = v),
        Break(Gen.OneOf(Gen.Int[6, 1_000_000], Gen.Int[int.MinValue, -1]), "kinds", "unknown kind", (r, v) => r.Kinds.Add((DecisionKind.Types.Value)v)),
        Break("kinds", "17 kinds", r => r.Kinds.AddRange(Enumerable.Repeat(DecisionKind.Types.Value.AlnDetermination, 17))),
        Break(Gen.OneOf(Gen.Int[3, int.MaxValue], Gen.Int[int.MinValue, -1]), "view", "unknown view", (r, v) => r.View = (DecisionView.Types.Value)v),
        Break(Gen.OneOf(BadDates, Gen.Const("1899-12-31"), Gen.Const("9999-01-01"), Gen.Const("2100-01-01")), "learner.dateOfBirth", "bad date", (r, v) => r.Learner.DateOfBirth = v),
        Break("learner.dateOfBirth", "after the decision date", r => r.Learner.DateOfBirth = Text(DateOnly.ParseExact(r.DecisionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1))),
        Break(NotAnAuthority, "learner.homeAuthority", "not a code", (r, v) => r.Learner.HomeAuthority = v),
        Break(NotAnAuthority, "learner.lookingAfterAuthority", "not a code", (r, v) => { r.Learner.LookedAfter = true; r.Learner.LookingAfterAuthority = v; }),
        Break(Gen.OneOf(Gen.Int[11, int.MaxValue], Gen.Int[int.MinValue, -1]), "learner.setting.kind", "unknown kind", (r, v) => r.Learner.Setting.Kind = (SettingKind.Types.Value)v),
        Break(Gen.Int[4, 1000], "learner.setting.specialistClass", "unknown class", (r, v) => r.Learner.Setting.SpecialistClass = (SpecialistClass.Types.Value)v),
        Break(Gen.Int[4, 1000], "learner.consent", "unknown consent", (r, v) => r.Learner.Consent = (Consent.Types.Value)v),
        Break(NotAnAuthority, "learner.setting.authority", "not a code", (r, v) => r.Learner.Setting.Authority = v),
        Break(Gen.OneOf(Gen.Const("a b"), Gen.Const("ref;rm -rf /"), Gen.Const(new string('r', 65)), Gen.Const("école")), "learner.setting.reference", "not a reference", (r, v) => r.Learner.Setting.Reference = v),
        Break(NotAnAuthority.Where(a => a.Trim() != "england" && a.Trim().Length > 0), "learner.existingIdp.authority", "not a Welsh code", (r, v) => r.Learner.ExistingIdp.Authority = v),
        Break(Gen.Int[5, 1000], "learner.existingIdp.maintainedBy", "unknown maintainer", (r, v) => r.Learner.ExistingIdp.MaintainedBy = (IdpMaintainer.Types.Value)v),
        Break("learner.needs.areas", "21 areas", r => r.Learner.Needs.Areas.AddRange(Enumerable.Repeat("area", 21))),
        Break(Gen.Int[201, 100_000], "learner.needs.areas[", "an area too long", (r, n) => r.Learner.Needs.Areas.Add(new string('a', n))),
        Break(Gen.OneOf(Gen.Const("tab\there"), Gen.Const("nul\u0000"), Gen.Const("bell\u0007")), "learner.needs.areas[", "control characters", (r, v) => r.Learner.Needs.Areas.Add(v)),
        Break(Gen.Int[65, 10_000], "learner.provision.tier", "too long", (r, n) => r.Learner.Provision.Tier = new string('t', n)),
        Break("learner.provision.metByUniversalProvision", "contradicts additionalOrDifferentRequired", r => { r.Learner.Provision.MetByUniversalProvision = true; r.Learner.Provision.AdditionalOrDifferentRequired = true; }),
        Break(Gen.OneOf(Gen.Int[26, int.MaxValue], Gen.Int[int.MinValue, -1]), "learner.post16.yearsOnProgramme", "out of range", (r, v) => r.Learner.Post16.YearsOnProgramme = v),
        Break("learner.post16.desiredOutcomes", "21 outcomes", r => r.Learner.Post16.DesiredOutcomes.AddRange(Enumerable.Range(0, 21).Select(_ => new DesiredOutcome { Kind = DesiredOutcomeKind.Types.Value.Employment }))),
        Break(Gen.Int[8, 1000], "learner.post16.desiredOutcomes[", "unknown outcome kind", (r, v) => r.Learner.Post16.DesiredOutcomes.Add(new DesiredOutcome { Kind = (DesiredOutcomeKind.Types.Value)v })),
        Break("learner.post16.informationConsidered", "11 sources", r => r.Learner.Post16.InformationConsidered.AddRange(Enumerable.Repeat(InformationSource.Types.Value.CareersService, 11))),
        Break(Gen.OneOf(Gen.Const(0), Gen.Int[5, 1000]), "learner.post16.informationConsidered[", "unknown source", (r, v) => r.Learner.Post16.InformationConsidered.Add((InformationSource.Types.Value)v)),
        Break("events", "201 events", r => r.Events.AddRange(Enumerable.Range(0, 201).Select(_ => Event(r, CaseEventKind.Types.Value.BroughtToAttention)))),
        Break(Gen.OneOf(Gen.Const(0), Gen.Int[20, 1000], Gen.Int[int.MinValue, -1]), "events[", "unknown kind", (r, v) => r.Events.Add(Event(r, (CaseEventKind.Types.Value)v))),
        Break(BadDates, "events[", "malformed date", (r, v) => r.Events.Add(Event(r, CaseEventKind.Types.Value.BroughtToAttention, v))),
        Break("events[", "after the decision date", r => r.Events.Add(Event(r, CaseEventKind.Types.Value.ConsentGiven, Text(DateOnly.ParseExact(r.DecisionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1))))),
        Break("events[", "before the Act", r => r.Events.Add(Event(r, CaseEventKind.Types.Value.ConsentGiven, "2018-01-23"))),
        Break(Gen.Int[6, 1000], "events[", "unknown body", (r, v) => r.Events.Add(Event(r, CaseEventKind.Types.Value.BroughtToAttention, body: (EventBody.Types.Value)v))),
        Break("events[", "pause without a reason", r => r.Events.Add(Event(r, CaseEventKind.Types.Value.ClockPaused))),
        Break(Gen.Int[201, 20_000], "events[", "reason too long", (r, n) => r.Events.Add(Event(r, CaseEventKind.Types.Value.ClockPaused, reason: new string('r', n)))),
        Break(Gen.OneOf(Gen.Const("evidence\u0000"), Gen.Const("a\nb")), "events[", "evidence with control characters", (r, v) => r.Events.Add(Event(r, CaseEventKind.Types.Value.BroughtToAttention, evidence: v))),
        Break("events[", "resume with no pause", r => { r.Events.Clear(); r.Events.Add(Event(r, CaseEventKind.Types.Value.ClockResumed, step: Steps[0])); }),
        Break(Gen.OneOf(Gen.Const("school-decision-53-school-days"), Gen.Const("School-Decision-35-School-Days"), Gen.Const("\u202Eappeal"), Gen.Const("*")), "events[", "a step no timescale has",
            (r, v) => r.Events.Add(Event(r, CaseEventKind.Types.Value.ClockPaused, reason: PauseReasons[0], step: v))),
        Break("events[", "before the learner was born", r =>
        {
            r.Learner.DateOfBirth = Text(DateOnly.ParseExact(r.DecisionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1));
            r.Events.Add(Event(r, CaseEventKind.Types.Value.BroughtToAttention, Text(DateOnly.ParseExact(r.DecisionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-2))));
        }));

    private static CaseEvent Event(DecisionRequest r, CaseEventKind.Types.Value kind, string? date = null, EventBody.Types.Value body = EventBody.Types.Value.School, string reason = "", string evidence = "", string step = "") =>
        new() { Kind = kind, Date = date ?? r.DecisionDate, Body = body, Reason = reason, Evidence = evidence, Step = step };

    /// <summary>
    /// A valid request with one to three fields broken, and the fields that were. An event before the
    /// birth sets the date of birth itself, so it is not combined with a breakage of that date.
    /// </summary>
    public static readonly Gen<(DecisionRequest Request, Breakage[] Broken)> Broken =
        from request in Valid.Where(r => r.DecisionDate != "2018-01-24" && r.DecisionDate != "2099-12-31")
        from broken in Breakages.Array[1, 3].Where(b => !(b.Any(x => x.What.Contains("born", StringComparison.Ordinal)) && b.Any(x => x.Field == "learner.dateOfBirth")))
        select Apply(request, broken);

    private static (DecisionRequest, Breakage[]) Apply(DecisionRequest request, Breakage[] broken)
    {
        // Breakages that read the decision date (events after it, a birth the day before) read it before any breaks it.
        foreach (var breakage in broken.OrderBy(b => b.Field == "decisionDate" ? 1 : 0))
        {
            breakage.Apply(request);
        }

        return (request, broken);
    }

    /// <summary>Any request at all: valid ones, broken ones.</summary>
    public static readonly Gen<DecisionRequest> Any = Gen.Frequency((1, Valid), (3, Broken.Select(b => b.Request)));
}

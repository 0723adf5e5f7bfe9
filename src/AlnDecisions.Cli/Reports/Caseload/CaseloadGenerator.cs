using AlnDecisions.Contract.V1;
using Authorities = AlnDecisions.Domain.Authorities;

namespace AlnDecisions.Cli.Reports.Caseload;

/// <summary>
/// A synthetic caseload shaped like the questions MIS systems ask over a school year: authorities
/// weighted by population, mostly school-age learners in maintained schools, a share of unknown
/// facts, cross-border learners living in a neighbouring authority, looked-after children, young
/// people off roll with post-16 facts, and case events for timescales. Seeded, so a measurement can
/// be repeated on the same cases. No real learner is in it: references are "synthetic-N".
/// </summary>
public sealed class CaseloadGenerator(int seed, Adjacency adjacency)
{
    // Approximate populations (thousands, 2021 census) as weights: bigger authorities ask more often.
    private static readonly (string Code, int Weight)[] Weights =
    [
        ("isle-of-anglesey", 69), ("gwynedd", 117), ("conwy", 114), ("denbighshire", 96), ("flintshire", 155),
        ("wrexham", 135), ("powys", 133), ("ceredigion", 71), ("pembrokeshire", 123), ("carmarthenshire", 188),
        ("swansea", 238), ("neath-port-talbot", 142), ("bridgend", 146), ("vale-of-glamorgan", 132),
        ("rhondda-cynon-taf", 237), ("merthyr-tydfil", 59), ("caerphilly", 176), ("blaenau-gwent", 67),
        ("torfaen", 92), ("monmouthshire", 93), ("newport", 159), ("cardiff", 362),
    ];

    private static readonly DateOnly YearStart = new(2025, 9, 1);
    private readonly Random _random = new(seed);
    private readonly int _totalWeight = Weights.Sum(w => w.Weight);

    /// <summary>The next <paramref name="count"/> cases.</summary>
    public IEnumerable<DecisionRequest> Generate(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return Next(i);
        }
    }

    private DecisionRequest Next(int number)
    {
        var authority = Authority();
        var decisionDate = SchoolDay(_random.Next(0, 320));
        var age = Age();
        var born = decisionDate.AddYears(-age).AddDays(-_random.Next(0, 365));
        var home = Chance(0.06) ? Neighbour(authority) : Chance(0.01) ? Authorities.England : authority;
        var setting = Setting(age, authority);
        var learner = new Learner
        {
            DateOfBirth = born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            HomeAuthority = home,
            Setting = setting,
            Needs = new Needs(),
            Provision = new Provision(),
        };
        Flag(0.02, v => learner.LookedAfter = v);
        if (learner.HasLookedAfter && learner.LookedAfter)
        {
            learner.LookingAfterAuthority = Chance(0.8) ? home == Authorities.England ? authority : home : Neighbour(authority);
        }

        Flag(0.01, v => learner.DualRegistered = v);
        Flag(0.02, v => learner.ElectivelyHomeEducated = v);
        Flag(0.01, v => learner.EducatedOtherThanAtSchool = v);
        Flag(0.30, v => learner.Needs.SignificantlyGreaterDifficulty = v);
        Flag(0.10, v => learner.Needs.DisabilityHindersUseOfFacilities = v);
        Flag(0.03, v => learner.Needs.SolelyLanguageOfHome = v);
        Flag(0.15, v => learner.Needs.ArisesFromMedicalCondition = v);
        Flag(0.02, v => learner.Needs.RareConditionRequiringSpecialistSupport = v);
        if (age < 5)
        {
            Flag(0.5, v => learner.Needs.LikelyToMeetDefinitionAtCompulsorySchoolAge = v);
            Flag(0.6, v => learner.Provision.AnyEducationalProvisionRequired = v);
        }

        Flag(0.40, v => learner.Provision.MetByUniversalProvision = v);
        Flag(0.90, v => learner.Provision.ReasonableAdjustmentsConsidered = v);

        // Needs met by universal provision call for nothing additional or different (s.3(1)); the
        // contract refuses a request that says both.
        Flag(0.50, v => learner.Provision.AdditionalOrDifferentRequired = v && !(learner.Provision.HasMetByUniversalProvision && learner.Provision.MetByUniversalProvision));
        Flag(0.80, v => learner.Provision.ReasonableForSchoolToSecure = v);
        Flag(0.85, v => learner.Provision.SchoolCanDetermineNeedsAndProvision = v);
        Flag(0.03, v => learner.Provision.RequiresPlaceAtParticularInstitution = v);
        Flag(0.01, v => learner.Provision.RequiresBoardAndLodging = v);
        Flag(0.10, v => learner.Provision.ExternalSpecialistAdviceBeyondSchool = v);
        Flag(0.08, v => learner.Provision.EquipmentBeyondSchool = v);
        Flag(0.08, v => learner.Provision.IntensiveSupportBeyondSchool = v);
        if (Chance(0.5))
        {
            learner.HasAln = Chance(0.7);
        }

        var idp = _random.NextDouble();
        learner.ExistingIdp = idp switch
        {
            < 0.3 => new ExistingIdp { MaintainedBy = IdpMaintainer.Types.Value.School },
            < 0.4 => new ExistingIdp { MaintainedBy = IdpMaintainer.Types.Value.LocalAuthority, Authority = home == Authorities.England ? authority : home },
            < 0.9 => new ExistingIdp { MaintainedBy = IdpMaintainer.Types.Value.None },
            _ => null,
        };
        if (age >= 16)
        {
            learner.Consent = _random.NextDouble() switch { < 0.85 => Consent.Types.Value.Given, < 0.95 => Consent.Types.Value.NotSought, _ => Consent.Types.Value.Refused };
            learner.Post16 = Post16(setting.Kind);
        }

        var request = new DecisionRequest
        {
            CaseReference = $"synthetic-{number}",
            Authority = authority,
            DecisionDate = decisionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Learner = learner,
        };
        var kind = _random.NextDouble();
        if (kind < 0.40)
        {
            request.Kinds.Add(DecisionKind.Types.Value.AlnDetermination);
        }
        else if (kind < 0.70)
        {
            request.Kinds.Add(DecisionKind.Types.Value.IdpResponsibility);
        }
        else if (kind < 0.78)
        {
            request.Kinds.Add(age >= 16 ? DecisionKind.Types.Value.Post16ReasonableNeeds : DecisionKind.Types.Value.AlnDetermination);
        }
        else if (kind < 0.85)
        {
            request.Kinds.Add(home != authority ? DecisionKind.Types.Value.CrossBorder : DecisionKind.Types.Value.IdpResponsibility);
        }
        else if (kind < 0.95)
        {
            // Every kind that applies.
        }
        else
        {
            request.Kinds.Add(DecisionKind.Types.Value.StatutoryTimescales);
            var attention = decisionDate.AddDays(-_random.Next(5, 90));
            request.Events.Add(new CaseEvent { Kind = CaseEventKind.Types.Value.BroughtToAttention, Date = Iso(attention), Body = EventBody.Types.Value.School });
            if (Chance(0.5))
            {
                request.Events.Add(new CaseEvent { Kind = CaseEventKind.Types.Value.DecisionNoticeGiven, Date = Iso(attention.AddDays(_random.Next(10, 60))), Body = EventBody.Types.Value.School });
            }
        }

        return request;
    }

    private Post16 Post16(SettingKind.Types.Value setting)
    {
        var post16 = new Post16();
        if (setting is SettingKind.Types.Value.None or SettingKind.Types.Value.IndependentSpecialistPost16Institution)
        {
            post16.ToEnrolAtMaintainedSchoolOrFeiInWales = Chance(0.3);
            post16.EnglishInstitutionProposed = Chance(0.05);
            post16.SpecialistInstitutionProposed = Chance(0.3);
            post16.SpecialistInstitutionOnWelshMinistersList = Chance(0.8);
            post16.AbleToUndertakeProgramme = Chance(0.85);
            post16.ProgrammeSuitableForOutcomes = Chance(0.85);
            post16.OnProgramme = Chance(0.4);
            post16.DifferentRatesOfProgressConsidered = Chance(0.9);
            post16.DesiredOutcomes.Add(new DesiredOutcome { Kind = DesiredOutcomeKind.Types.Value.FurtherLearning, RealisticProspect = Chance(0.8) });
            if (Chance(0.5))
            {
                post16.DesiredOutcomes.Add(new DesiredOutcome { Kind = DesiredOutcomeKind.Types.Value.IndependentLiving, RealisticProspect = Chance(0.7) });
            }

            post16.InformationConsidered.Add(InformationSource.Types.Value.CurrentOrRecentProviders);
        }

        return post16;
    }

    private Setting Setting(int age, string authority)
    {
        var r = _random.NextDouble();
        var kind = age switch
        {
            < 3 => r < 0.7 ? SettingKind.Types.Value.NonMaintainedEarlyYears : SettingKind.Types.Value.None,
            < 5 => r < 0.5 ? SettingKind.Types.Value.MaintainedNursery : SettingKind.Types.Value.MaintainedSchool,
            < 16 => r switch
            {
                < 0.90 => SettingKind.Types.Value.MaintainedSchool,
                < 0.94 => SettingKind.Types.Value.SpecialSchool,
                < 0.95 => SettingKind.Types.Value.PupilReferralUnit,
                < 0.97 => SettingKind.Types.Value.IndependentSchool,
                < 0.995 => SettingKind.Types.Value.None,
                _ => SettingKind.Types.Value.YouthDetention,
            },
            < 19 => r switch
            {
                < 0.40 => SettingKind.Types.Value.MaintainedSchool,
                < 0.85 => SettingKind.Types.Value.FurtherEducationInstitution,
                < 0.90 => SettingKind.Types.Value.IndependentSpecialistPost16Institution,
                _ => SettingKind.Types.Value.None,
            },
            _ => r switch
            {
                < 0.50 => SettingKind.Types.Value.FurtherEducationInstitution,
                < 0.60 => SettingKind.Types.Value.IndependentSpecialistPost16Institution,
                _ => SettingKind.Types.Value.None,
            },
        };
        var setting = new Setting { Kind = kind, Authority = authority };
        if (kind == SettingKind.Types.Value.MaintainedSchool)
        {
            setting.SpecialistClass = _random.NextDouble() switch
            {
                < 0.05 => SpecialistClass.Types.Value.ResourceBase,
                < 0.10 => SpecialistClass.Types.Value.LearningSupportClass,
                _ => SpecialistClass.Types.Value.NotInSpecialistClass,
            };
            setting.WelshMedium = Chance(0.25);
        }

        return setting;
    }

    // Mostly school age; some under five and some young people up to 24.
    private int Age() => _random.NextDouble() switch
    {
        < 0.02 => _random.Next(1, 3),
        < 0.08 => _random.Next(3, 5),
        < 0.83 => _random.Next(5, 16),
        < 0.95 => _random.Next(16, 19),
        _ => _random.Next(19, 25),
    };

    private string Authority()
    {
        var pick = _random.Next(_totalWeight);
        foreach (var (code, weight) in Weights)
        {
            if ((pick -= weight) < 0)
            {
                return code;
            }
        }

        return Weights[^1].Code;
    }

    private string Neighbour(string authority)
    {
        var neighbours = adjacency.NeighboursOf(authority);
        return neighbours.Count == 0 ? authority : neighbours[_random.Next(neighbours.Count)];
    }

    private static DateOnly SchoolDay(int offset)
    {
        var day = YearStart.AddDays(offset);
        return day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(2), DayOfWeek.Sunday => day.AddDays(1), _ => day };
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    // A fact is left unknown one time in twenty, as MIS records are.
    private void Flag(double probabilityTrue, Action<bool> set)
    {
        if (!Chance(0.05))
        {
            set(Chance(probabilityTrue));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

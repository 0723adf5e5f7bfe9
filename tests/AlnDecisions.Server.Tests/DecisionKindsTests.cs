using AlnDecisions.Contract.V1;

namespace AlnDecisions.Server.Tests;

[Collection(LoopbackServerCollection.Name)]
public sealed class DecisionKindsTests(LoopbackServer server)
{
    private static readonly string[] WelshAuthorities =
    [
        "isle-of-anglesey", "gwynedd", "conwy", "denbighshire", "flintshire", "wrexham", "powys", "ceredigion",
        "pembrokeshire", "carmarthenshire", "swansea", "neath-port-talbot", "bridgend", "vale-of-glamorgan",
        "rhondda-cynon-taf", "merthyr-tydfil", "caerphilly", "blaenau-gwent", "torfaen", "monmouthshire", "newport", "cardiff",
    ];

    private static DecisionRequest CrossBorderCase() => new()
    {
        CaseReference = "cross-border-1",
        Authority = "carmarthenshire",
        DecisionDate = "2025-10-01",
        Kinds = { DecisionKind.Types.Value.IdpResponsibility, DecisionKind.Types.Value.CrossBorder },
        Learner = new Learner
        {
            DateOfBirth = "2015-03-02",
            HomeAuthority = "carmarthenshire",
            HasAln = true,
            LookedAfter = false,
            DualRegistered = false,
            ElectivelyHomeEducated = false,
            EducatedOtherThanAtSchool = false,
            ExistingIdp = new ExistingIdp { MaintainedBy = IdpMaintainer.Types.Value.None },
            Setting = new Setting { Kind = SettingKind.Types.Value.SpecialSchool, Authority = "denbighshire", SpecialistClass = SpecialistClass.Types.Value.NotInSpecialistClass },
            Needs = new Needs { RareConditionRequiringSpecialistSupport = false },
            Provision = new Provision
            {
                ReasonableForSchoolToSecure = true,
                SchoolCanDetermineNeedsAndProvision = true,
                RequiresPlaceAtParticularInstitution = false,
                RequiresBoardAndLodging = false,
                ExternalSpecialistAdviceBeyondSchool = false,
                EquipmentBeyondSchool = false,
                IntensiveSupportBeyondSchool = false,
            },
        },
    };

    [Fact]
    public async Task ListRuleSets_EveryAuthorityHasAnIdpRuleSetWithItsStatus()
    {
        var response = await server.Client.ListRuleSetsAsync(new ListRuleSetsRequest());

        var idp = response.RuleSets.Where(r => r.Kind == DecisionKind.Types.Value.IdpResponsibility && r.Layer == Layer.Types.Value.AuthorityPrinciples).ToArray();
        idp.Select(r => r.Authority).Should().BeEquivalentTo(WelshAuthorities);
        idp.Should().OnlyContain(r => r.Status == "published-principles" || r.Status == "national-baseline");
        idp.Single(r => r.Authority == "carmarthenshire").Status.Should().Be("published-principles");
        response.RejectedFiles.Should().BeEmpty();
    }

    [Fact]
    public async Task Decide_CrossBorderWithDisagreeingPrinciples_ReturnsFieldsAndComparison()
    {
        var response = await server.Client.DecideAsync(CrossBorderCase());

        var idp = response.Decisions.Single(d => d.Kind == DecisionKind.Types.Value.IdpResponsibility);
        idp.Outcome.Should().Be("SCHOOL");
        idp.ResponsibleAuthority.Should().Be("carmarthenshire");
        idp.DecidingLayer.Should().Be(Layer.Types.Value.AuthorityPrinciples);

        var crossBorder = response.Decisions.Single(d => d.Kind == DecisionKind.Types.Value.CrossBorder);
        crossBorder.Outcome.Should().Be("HOME_AUTHORITY_RESPONSIBLE");
        crossBorder.FundingAuthority.Should().Be("denbighshire");
        crossBorder.PrinciplesConflict.Should().BeTrue();
        crossBorder.Explanation.PrinciplesConflict.HomeAuthority.Outcome.Should().Be("SCHOOL");
        crossBorder.Explanation.PrinciplesConflict.SchoolAuthority.Outcome.Should().Be("LOCAL_AUTHORITY");
        crossBorder.Explanation.PrinciplesConflict.SettledBy.Cy.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Decide_EventsGiven_DeadlinesWithHowEachWasCounted()
    {
        var request = new DecisionRequest
        {
            CaseReference = "timescales-1",
            Authority = "gwynedd",
            DecisionDate = "2025-12-15",
            // A school whose own INSET days rules/calendars/settings holds: school days are counted only for such a school.
            Learner = new Learner { DateOfBirth = "2015-03-02", Setting = new Setting { Kind = SettingKind.Types.Value.MaintainedSchool, Authority = "gwynedd", Reference = "ysgol-brynrefail" } },
            Events =
            {
                new CaseEvent { Kind = CaseEventKind.Types.Value.BroughtToAttention, Date = "2025-10-01", Body = EventBody.Types.Value.School },
                new CaseEvent { Kind = CaseEventKind.Types.Value.DecisionNoticeGiven, Date = "2025-11-20", Body = EventBody.Types.Value.School },
            },
        };

        var response = await server.Client.DecideAsync(request);

        var timescales = response.Decisions.Single(d => d.Kind == DecisionKind.Types.Value.StatutoryTimescales);
        timescales.Outcome.Should().Be("DEADLINES_COMPUTED");
        var school = timescales.Deadlines.Single(d => d.Step == "school-decision-35-school-days");
        school.DueDate.Should().Be("2025-11-27"); // 35 school days from 2 Oct, skipping the school's INSET day on 24 Oct and the half-term
        school.Status.Should().Be(DeadlineStatus.Types.Value.Met);
        school.CountingBasis.Should().Be(CountingBasis.Types.Value.SchoolDays);
        school.RollForward.Should().Be(RollForward.Types.Value.RollForwardUnspecified);
        school.StartEvent.Should().Be(CaseEventKind.Types.Value.BroughtToAttention);
        school.Text.Cy.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Decide_PauseWithoutReason_InvalidArgumentNamingTheEvent()
    {
        var request = new DecisionRequest
        {
            CaseReference = "timescales-2",
            Authority = "cardiff",
            DecisionDate = "2025-12-15",
            Events = { new CaseEvent { Kind = CaseEventKind.Types.Value.ClockPaused, Date = "2025-10-06" } },
        };

        var act = () => server.Client.DecideAsync(request).ResponseAsync;

        var error = (await act.Should().ThrowAsync<Grpc.Core.RpcException>()).Which;
        error.StatusCode.Should().Be(Grpc.Core.StatusCode.InvalidArgument);
        error.Status.Detail.Should().Contain("events[0].reason");
    }
}

using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;
using BenchmarkDotNet.Attributes;

namespace AlnDecisions.Benchmarks;

/// <summary>What one in-process Decide costs: a fully known case, and one whose unknowns the engine must probe.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class DecideBenchmarks
{
    private DecisionEngine _engine = null!;
    private DecisionCase _known = null!;
    private DecisionCase _unknowns = null!;
    private DecisionCase _crossBorder = null!;

    public static string RepositoryRoot { get; } = FindRoot();

    [GlobalSetup]
    public async Task Setup()
    {
        var registry = await RuleSetRegistry.LoadAsync(Path.Combine(RepositoryRoot, "rules"));
        _engine = new DecisionEngine(registry, new DecisionIdGenerator(TimeProvider.System));
        _known = new DecisionCase("bench", "cardiff", new DateOnly(2025, 10, 1), [DecisionKind.AlnDetermination], new Learner(
            DateOfBirth: new DateOnly(2015, 3, 2),
            Needs: new Needs(SignificantlyGreaterDifficulty: true, DisabilityHindersUseOfFacilities: false, SolelyLanguageOfHome: false),
            Provision: new Provision(MetByUniversalProvision: false, ReasonableAdjustmentsConsidered: true, AdditionalOrDifferentRequired: true)));
        _unknowns = _known with { Learner = new Learner(DateOfBirth: new DateOnly(2015, 3, 2), Provision: new Provision(AdditionalOrDifferentRequired: true)) };

        // Every kind for a learner living in Carmarthenshire at a Denbighshire special school: the
        // IDP question is answered three times (as asked, and under each authority's principles).
        _crossBorder = new DecisionCase("bench", "carmarthenshire", new DateOnly(2025, 10, 1), [], _known.Learner with
        {
            HomeAuthority = "carmarthenshire",
            LookedAfter = false,
            DualRegistered = false,
            ElectivelyHomeEducated = false,
            EducatedOtherThanAtSchool = false,
            ExistingIdp = new ExistingIdp(IdpMaintainer.None),
            Setting = new Setting(SettingKind.SpecialSchool, "denbighshire", SpecialistClass.NotInSpecialistClass),
            Needs = _known.Learner.Needs! with { RareConditionRequiringSpecialistSupport = false },
            Provision = _known.Learner.Provision! with
            {
                ReasonableForSchoolToSecure = true,
                SchoolCanDetermineNeedsAndProvision = true,
                RequiresPlaceAtParticularInstitution = false,
                RequiresBoardAndLodging = false,
                ExternalSpecialistAdviceBeyondSchool = false,
                EquipmentBeyondSchool = false,
                IntensiveSupportBeyondSchool = false,
            },
        });
    }

    [Benchmark(Baseline = true)]
    public Task<DecisionSet> DecideKnownFacts() => _engine.DecideAsync(_known);

    [Benchmark]
    public Task<DecisionSet> DecideWithUnknownFacts() => _engine.DecideAsync(_unknowns);

    [Benchmark]
    public Task<DecisionSet> DecideEveryKindCrossBorder() => _engine.DecideAsync(_crossBorder);

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

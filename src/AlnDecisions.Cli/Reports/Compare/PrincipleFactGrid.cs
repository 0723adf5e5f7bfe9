using System.Text.RegularExpressions;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Domain = AlnDecisions.Domain;

namespace AlnDecisions.Cli.Reports.Compare;

/// <summary>
/// The default caseload for comparing authorities: every combination of the values of the facts
/// their IDP principles (and the national baseline they inherit) read, found in the rule sets'
/// expressions and enumerated from the proto descriptors: a bool is true or false; an enum takes the
/// values the expressions name and the base case's own value, which stands for every value no
/// principle names (no principle can tell those apart, and the statutory layer is the same in every
/// authority, so they cannot make two authorities differ). Every other fact is fixed at the values that let the statutory layer pass the
/// case to the principles: a school-age pupil with ALN, at a maintained school in the authority's
/// own area, not looked after, with no IDP yet, whose school has not referred.
/// </summary>
public static partial class PrincipleFactGrid
{
    /// <summary>The most combinations generated; a rule set reading more facts than that allows is reported, not guessed at.</summary>
    public const int MaxCases = 20_000;

    /// <summary>The facts the authorities' IDP principles read, and a case for every combination of the values they tell apart.</summary>
    public static (IReadOnlyList<string> Facts, IReadOnlyList<ComparisonCase> Cases) Build(RuleSetCatalog catalog, string decisionDate)
    {
        var expressions = catalog.RuleSets
            .Where(s => s.Kind == Domain.DecisionKind.IdpResponsibility && s.Layer != Domain.Layer.Statutory)
            .SelectMany(s => s.Rules)
            .Select(r => r.Expression)
            .ToArray();
        var paths = expressions
            .SelectMany(e => LearnerPath().Matches(e).Select(m => m.Value["learner.".Length..]))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var baseLearner = Base(decisionDate).Learner;
        var facts = paths.Select(p => (Path: p, Field: Resolve(p))).Where(f => f.Field is not null)
            .Select(f => (f.Path, Field: f.Field!, Values: Values(f.Field!, Named(expressions, f.Path), Read(baseLearner, f.Path))))
            .ToArray();
        long combinations = facts.Aggregate(1L, (n, f) => n * f.Values.Length);
        if (combinations > MaxCases)
        {
            throw new Hosting.CommandFailedException($"the IDP principles read {facts.Length} facts with {combinations} combinations, more than the {MaxCases} compared by default; give a caseload with --cases FILE");
        }

        var cases = new List<ComparisonCase>();
        foreach (var combination in Combinations(facts.Select(f => f.Values).ToArray()))
        {
            var request = Base(decisionDate);
            var described = new List<string>();
            for (var i = 0; i < facts.Length; i++)
            {
                Set(request.Learner, facts[i].Path, facts[i].Field, combination[i]);
                described.Add($"{facts[i].Path}={Name(facts[i].Field, combination[i])}");
            }

            cases.Add(new ComparisonCase(request, string.Join(", ", described)));
        }

        return (facts.Select(f => "learner." + f.Path).ToArray(), cases);
    }

    private static DecisionRequest Base(string decisionDate) => new()
    {
        CaseReference = "compare",
        Authority = string.Empty,
        DecisionDate = decisionDate,
        Kinds = { DecisionKind.Types.Value.IdpResponsibility },
        Learner = new Learner
        {
            DateOfBirth = "2012-04-18",
            HasAln = true,
            LookedAfter = false,
            DualRegistered = false,
            ElectivelyHomeEducated = false,
            EducatedOtherThanAtSchool = false,
            ExistingIdp = new ExistingIdp { MaintainedBy = IdpMaintainer.Types.Value.None },
            Setting = new Setting { Kind = SettingKind.Types.Value.MaintainedSchool, SpecialistClass = SpecialistClass.Types.Value.NotInSpecialistClass },
            Needs = new Needs { RareConditionRequiringSpecialistSupport = false },
            Provision = new Provision
            {
                RequiresPlaceAtParticularInstitution = false,
                RequiresBoardAndLodging = false,
                ReasonableForSchoolToSecure = true,
                SchoolCanDetermineNeedsAndProvision = true,
                ExternalSpecialistAdviceBeyondSchool = false,
                EquipmentBeyondSchool = false,
                IntensiveSupportBeyondSchool = false,
            },
        },
    };

    private static FieldDescriptor? Resolve(string path)
    {
        var descriptor = Learner.Descriptor;
        FieldDescriptor? field = null;
        foreach (var name in path.Split('.'))
        {
            field = descriptor?.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);
            if (field is null || field.IsRepeated)
            {
                return null;
            }

            descriptor = field.FieldType == FieldType.Message ? field.MessageType : null;
        }

        return field is { FieldType: FieldType.Bool } or { FieldType: FieldType.Enum } ? field : null;
    }

    private static object[] Values(FieldDescriptor field, IReadOnlyList<string> named, object? baseValue) => field.FieldType == FieldType.Bool
        ? [true, false]
        : field.EnumType.Values
            .Where(v => v.Number != 0 && (named.Contains(v.Name) || Equals(Convert.ToInt32(baseValue, System.Globalization.CultureInfo.InvariantCulture), v.Number)))
            .Select(v => Enum.ToObject(field.EnumType.ClrType, v.Number)).ToArray();

    // The codes an expression compares the fact with: learner.setting.kind == "SPECIAL_SCHOOL".
    private static string[] Named(IEnumerable<string> expressions, string path) =>
        expressions.SelectMany(e => Regex.Matches(e, $@"\blearner\.{Regex.Escape(path)}\s*[=!]=\s*""([A-Z0-9_]+)""").Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal).ToArray();

    private static object? Read(IMessage message, string path)
    {
        object? value = message;
        foreach (var name in path.Split('.'))
        {
            if (value is not IMessage current)
            {
                return null;
            }

            value = current.Descriptor.Fields.InDeclarationOrder().First(f => f.JsonName == name).Accessor.GetValue(current);
        }

        return value;
    }

    private static string Name(FieldDescriptor field, object value) => field.FieldType == FieldType.Bool
        ? ((bool)value ? "true" : "false")
        : field.EnumType.FindValueByNumber(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)).Name;

    private static void Set(IMessage message, string path, FieldDescriptor leaf, object value)
    {
        var names = path.Split('.');
        foreach (var name in names[..^1])
        {
            var field = message.Descriptor.Fields.InDeclarationOrder().First(f => f.JsonName == name);
            if (field.Accessor.GetValue(message) is not IMessage next)
            {
                next = field.MessageType.Parser.ParseFrom(ByteString.Empty);
                field.Accessor.SetValue(message, next);
            }

            message = next;
        }

        leaf.Accessor.SetValue(message, value);
    }

    private static IEnumerable<object[]> Combinations(IReadOnlyList<object>[] values)
    {
        var index = new int[values.Length];
        while (true)
        {
            yield return index.Select((v, i) => values[i][v]).ToArray();
            var position = values.Length - 1;
            while (position >= 0 && ++index[position] == values[position].Count)
            {
                index[position--] = 0;
            }

            if (position < 0)
            {
                yield break;
            }
        }
    }

    [GeneratedRegex(@"\blearner\.[A-Za-z][A-Za-z.]*[A-Za-z]")]
    private static partial Regex LearnerPath();
}

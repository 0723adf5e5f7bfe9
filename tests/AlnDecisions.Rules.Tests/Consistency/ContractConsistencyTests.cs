using System.Text.Json;
using AlnDecisions.Contract;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.Plan;
using Google.Protobuf.Reflection;
using DomainKind = AlnDecisions.Domain.DecisionKind;
using V1 = AlnDecisions.Contract.V1;
using D = AlnDecisions.Domain;

namespace AlnDecisions.Rules.Tests.Consistency;

/// <summary>
/// A fact is declared once, in the proto; everything else is derived or held to it here (as
/// NodaTime's consistency tests hold its conventions). When one of these fails, the message says
/// which side to change: usually the JSON Schema, which editors read and nothing derives.
/// </summary>
public sealed class ContractConsistencyTests
{
    private static readonly FactModel Model = FactModels.For(ContractFacts.Schema);

    [Fact]
    public void Schema_MissingFactsNames_AreExactlyTheContractsFacts()
    {
        var expected = ContractFacts.Schema.Facts.Select(f => f.Path).ToArray();

        SchemaFile.Enum("$defs/requestFact").Should().Equal(expected,
            because: $"rules/schema/rule-set.schema.json $defs.requestFact.enum must list the contract's facts; set it to {JsonSerializer.Serialize(expected)}");
    }

    [Fact]
    public void Schema_Outcomes_AreEveryOutcomeTheKindsDeclare()
    {
        var expected = DecisionKinds.All.SelectMany(k => k.Outcomes).Select(o => o.Code).Distinct().Order(StringComparer.Ordinal).ToArray();

        SchemaFile.Enum("$defs/rule/properties/Properties/properties/outcome").Order(StringComparer.Ordinal).Should().Equal(expected,
            because: $"the schema's outcome enum must be every declared outcome; set it to {JsonSerializer.Serialize(expected)}");
    }

    [Fact]
    public void Schema_Fields_AreTheFurtherAnswersWithTheirTypes()
    {
        var fields = SchemaFile.At("$defs/rule/properties/Properties/properties/fields/properties").AsObject();
        var declared = DecisionKinds.All.SelectMany(k => k.Fields).Distinct().ToArray();

        fields.Select(f => f.Key).Order(StringComparer.Ordinal).Should().Equal(declared.Select(f => f.JsonName()).Order(StringComparer.Ordinal));
        foreach (var field in declared)
        {
            var schema = fields[field.JsonName()]!;
            switch (field.TypeOf())
            {
                case AnswerType.Boolean:
                    schema["type"]!.GetValue<string>().Should().Be("boolean", because: field.JsonName());
                    break;
                case AnswerType.Code:
                    schema["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(field.CodesOf(), because: field.JsonName());
                    break;
                default:
                    schema["type"]!.GetValue<string>().Should().Be("string", because: field.JsonName());
                    break;
            }
        }
    }

    [Fact]
    public void Schema_CodeLists_AreTheDomainsNames()
    {
        SchemaFile.Enum("properties/kind").Should().Equal(UpperSnakeCase.Names<DomainKind>());
        SchemaFile.Enum("properties/layer").Should().Equal(UpperSnakeCase.Names<D.Layer>());
        SchemaFile.Enum("properties/authority").Should().Equal(new[] { Authorities.National }.Concat(Authorities.Welsh));
        var timescale = "$defs/rule/properties/Properties/properties/timescale/properties";
        SchemaFile.At($"{timescale}/startEvents/items")["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(UpperSnakeCase.Names<D.CaseEventKind>());
        SchemaFile.At($"{timescale}/metBy/items")["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(UpperSnakeCase.Names<D.CaseEventKind>());
        SchemaFile.Enum($"{timescale}/extendedBy").Should().Equal(UpperSnakeCase.Names<D.CaseEventKind>());
        SchemaFile.At($"{timescale}/startBodies/items")["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(UpperSnakeCase.Names<D.EventBody>());
        SchemaFile.Enum($"{timescale}/basis").Should().Equal(UpperSnakeCase.Names<D.Timescales.CountingBasis>());
        SchemaFile.Enum($"{timescale}/periodStart").Should().Equal(UpperSnakeCase.Names<PeriodStart>());
        SchemaFile.Enum($"{timescale}/rollForward").Should().Equal(RollForwards.Names);
    }

    [Fact]
    public void Proto_EveryFactKeepsUnknownApartFromEveryValue()
    {
        foreach (var field in LearnerLeaves(V1.Learner.Descriptor))
        {
            var what = field.FullName;
            switch (field.FieldType)
            {
                case FieldType.Bool or FieldType.Int32 when !field.IsRepeated:
                    field.HasPresence.Should().BeTrue(because: $"{what} must be proto3 optional, so that unknown is not read as false or 0");
                    break;
                case FieldType.Enum:
                    field.EnumType.Values.Single(v => v.Number == 0).Name.Should().EndWith("_UNSPECIFIED", because: $"{what}'s zero value is unknown");
                    break;
            }
        }
    }

    [Fact]
    public void Proto_EveryFactRoundTripsFromItsJsonNameToTheFactsRulesRead()
    {
        foreach (var fact in ContractFacts.Schema.Facts.Where(f => f.Kind is not FactKind.Records))
        {
            var (json, expected) = Sample(fact);
            var request = ContractJson.Parser.Parse<DecisionRequest>(
                $$"""{ "caseReference": "consistency", "authority": "cardiff", "decisionDate": "2025-10-01", "learner": {{Nest(fact.Path["learner.".Length..], json)}} }""");

            var mapping = DecisionRequestMapper.Map(request, new DateOnly(2025, 10, 1));

            mapping.Violations.Should().BeEmpty(because: fact.Path);
            var value = mapping.Case!.Facts[fact];
            (value is IEnumerable<string> list ? string.Join(",", list) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))
                .Should().Be(expected, because: $"{fact.Path} set by its JSON name must be the value rules read");
            Model.Find(fact.Path).Should().NotBeNull(because: $"{fact.Path} must be a fact rules can read");
        }
    }

    [Fact]
    public void RuleFacingModel_HasAPropertyAtEveryFactsPath()
    {
        var instances = Model.Types.Instantiate(FactSnapshot.Blank(Model).CopySlots());
        foreach (var fact in Model.Facts.Where(f => f.ClrType != typeof(object)))
        {
            object? node = instances[fact.Path.Split('.')[0]];
            foreach (var segment in fact.Path.Split('.')[1..])
            {
                var property = node!.GetType().GetProperty(segment);
                property.Should().NotBeNull(because: $"expressions name {fact.Path}");
                node = property!.GetValue(node);
            }
        }
    }

    [Fact]
    public void DomainEnums_EachHaveTheirContractTwin()
    {
        Twins<DomainKind, V1.DecisionKind.Types.Value>();
        Twins<D.CaseEventKind, V1.CaseEventKind.Types.Value>();
        Twins<D.EventBody, V1.EventBody.Types.Value>();
        Twins<D.Layer, V1.Layer.Types.Value>();
        Twins<D.RuleResult, V1.RuleResult.Types.Value>();
        Twins<D.Timescales.CountingBasis, V1.CountingBasis.Types.Value>();
        Twins<DeadlineStatusKind, V1.DeadlineStatus.Types.Value>();
        Twins<D.CalendarKind, V1.CalendarKind.Types.Value>();
        Twins<D.Timescales.RollForward, V1.RollForward.Types.Value>();
    }

    [Fact]
    public void FurtherAnswers_AreFieldsOfTheContractsDecisionWithMatchingTypes()
    {
        foreach (var field in Enum.GetValues<DecisionField>())
        {
            var contract = DecisionResponseMapper.ContractFieldOf(field);
            if (field.TypeOf() == AnswerType.Boolean)
            {
                contract.FieldType.Should().Be(FieldType.Bool, because: field.JsonName());
                contract.HasPresence.Should().BeTrue(because: $"{field.JsonName()} must tell 'false' from 'not given'");
            }
            else
            {
                contract.FieldType.Should().Be(FieldType.String, because: field.JsonName());
            }
        }
    }

    [Fact]
    public void Kinds_EveryKindIsDeclaredOnce()
    {
        DecisionKinds.All.Select(k => k.Kind).Should().BeEquivalentTo(Enum.GetValues<DomainKind>()).And.OnlyHaveUniqueItems();
    }

    private static void Twins<TDomain, TContract>()
        where TDomain : struct, Enum
        where TContract : struct, Enum
    {
        var contract = Enum.GetNames<TContract>().Where(n => !n.EndsWith("Unspecified", StringComparison.Ordinal)).ToArray();
        Enum.GetNames<TDomain>().Should().BeEquivalentTo(contract, because: $"{typeof(TDomain).Name} and the contract's {typeof(TContract).DeclaringType?.DeclaringType?.Name} must name the same things");
    }

    private static IEnumerable<FieldDescriptor> LearnerLeaves(MessageDescriptor message) =>
        message.Fields.InDeclarationOrder().SelectMany(f => f.FieldType == FieldType.Message
            ? (f.IsRepeated ? [f] : LearnerLeaves(f.MessageType)).Concat(f.IsRepeated ? LearnerLeaves(f.MessageType) : [])
            : [f]);

    private static (string Json, string Expected) Sample(FactDefinition fact) => fact.Kind switch
    {
        FactKind.Boolean => ("true", "True"),
        FactKind.Choice => ($"\"{fact.Choices[^1]}\"", fact.Choices[^1]),
        FactKind.WholeNumber => ("2", "2"),
        FactKind.Date => ("\"2015-03-02\"", "03/02/2015"),
        FactKind.TextList => ("[\"communication\"]", "communication"),
        FactKind.ChoiceList => ($"[\"{fact.Choices[0]}\"]", fact.Choices[0]),
        _ when fact.Path.EndsWith("uthority", StringComparison.Ordinal) || fact.Path.EndsWith("placementArea", StringComparison.Ordinal) => ("\"cardiff\"", "cardiff"),
        _ => ("\"A-1\"", "A-1"),
    };

    private static string Nest(string path, string value)
    {
        var segments = path.Split('.');
        return segments.Reverse().Aggregate(value, (inner, segment) => $"{{ \"{segment}\": {inner} }}");
    }
}

using System.Reflection;
using AlnDecisions.Specs;
using TechTalk.SpecFlow;
using TechTalk.SpecFlow.Bindings;

namespace AlnDecisions.Features.Tests;

/// <summary>
/// Every step can be written in English and in Welsh, so a tester can write a scenario wholly in
/// either. Welsh phrasings follow one pattern per kind so that they read after Gherkin's cy-GB
/// keywords: Given steps are "bod ..." clauses (after "Anrhegedig a" / "A"), When steps "y gwneir
/// ..." (after "Pryd"), Then steps "dylai ..." (after "Yna" / "A").
/// </summary>
public sealed class StepPhrasingTests
{
    private static readonly IReadOnlyList<(MethodInfo Method, StepDefinitionBaseAttribute Step)> Steps =
        typeof(ScenarioEnvironment).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<BindingAttribute>() is not null)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .SelectMany(method => method.GetCustomAttributes<StepDefinitionBaseAttribute>().Select(step => (method, step)))
            .ToArray();

    private static string WelshOpening(StepDefinitionType kind) => kind switch
    {
        StepDefinitionType.Given => "bod ",
        StepDefinitionType.When => "y gwneir ",
        _ => "dylai",
    };

    [Fact]
    public void StepLibrary_EveryStepMethod_HasOneEnglishAndOneWelshPhrasing()
    {
        var methods = Steps.GroupBy(s => s.Method).ToArray();

        methods.Should().NotBeEmpty();
        foreach (var method in methods)
        {
            var kind = method.First().Step.Types.Single();
            var welsh = method.Count(s => s.Step.Regex.StartsWith(WelshOpening(kind), StringComparison.Ordinal));
            method.Should().HaveCount(2, $"{method.Key.Name} should have an English and a Welsh phrasing");
            welsh.Should().Be(1, $"{method.Key.Name} should have exactly one Welsh phrasing starting \"{WelshOpening(kind)}\"");
            method.Select(s => s.Step.Types.Single()).Distinct().Should().ContainSingle($"{method.Key.Name}'s phrasings should be one kind of step");
        }
    }

    [Fact]
    public void StepLibrary_EnglishAndWelshPhrasings_CaptureTheSameNumberOfValues()
    {
        foreach (var method in Steps.GroupBy(s => s.Method))
        {
            method.Select(s => new System.Text.RegularExpressions.Regex(s.Step.Regex).GetGroupNumbers().Length).Distinct()
                .Should().ContainSingle($"{method.Key.Name}'s phrasings should pass the same arguments");
        }
    }
}

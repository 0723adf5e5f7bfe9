using System.Globalization;
using Newtonsoft.Json.Linq;
using TechTalk.SpecFlow;

namespace AlnDecisions.Specs.Steps;

/// <summary>
/// Given and When steps: build a request from the contract's own fact names and make the decision.
/// Any fact the contract has can be set without new C#: <c>the learner's "needs.solelyLanguageOfHome" is true</c>.
/// </summary>
[Binding]
public sealed class DecisionRequestSteps(DecisionScenario scenario, ScenarioEnvironment environment)
{
    [Given(@"the decision is made in ""([^""]+)""")]
    public void GivenAuthority(string authority) => scenario.Set("authority", authority);

    [Given(@"the decision is made in ""([^""]+)"" on ""([^""]+)""")]
    public void GivenAuthorityAndDate(string authority, string date)
    {
        scenario.Set("authority", authority);
        scenario.Set("decisionDate", date);
    }

    [Given(@"the decision date is ""([^""]+)""")]
    public void GivenDate(string date) => scenario.Set("decisionDate", date);

    [Given(@"the case reference is ""([^""]*)""")]
    public void GivenCaseReference(string reference) => scenario.Set("caseReference", reference);

    [Given(@"the learner was born on ""([^""]+)""")]
    public void GivenBorn(string date) => scenario.Set("learner.dateOfBirth", date);

    [Given(@"the learner's ""([^""]+)"" is (true|false)")]
    public void GivenFlag(string fact, string value) => scenario.Set(LearnerPath(fact), bool.Parse(value));

    [Given(@"the learner's ""([^""]+)"" is ""([^""]*)""")]
    public void GivenText(string fact, string value) => scenario.Set(LearnerPath(fact), value);

    [Given(@"the learner's ""([^""]+)"" are ""([^""]*)""")]
    public void GivenList(string fact, string values) =>
        scenario.Set(LearnerPath(fact), new JArray(values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    [Given(@"the learner's ""([^""]+)"" is unknown")]
    public void GivenUnknown(string fact) => scenario.Set(LearnerPath(fact), null);

    [Given(@"the learner has these facts:")]
    public void GivenFacts(Table facts)
    {
        foreach (var row in facts.Rows)
        {
            var value = row["value"];
            scenario.Set(LearnerPath(row["fact"]), value switch
            {
                "true" => true,
                "false" => false,
                "unknown" => null,
                _ => value,
            });
        }
    }

    [Given(@"the young person's desired outcome ""([A-Z_]+)"" has (a|no) realistic prospect")]
    public void GivenDesiredOutcome(string kind, string prospect)
    {
        if (scenario.Request.SelectToken("learner.post16.desiredOutcomes") is not JArray outcomes)
        {
            outcomes = new JArray();
            scenario.Set("learner.post16.desiredOutcomes", outcomes);
        }

        outcomes.Add(new JObject { ["kind"] = kind, ["realisticProspect"] = prospect == "a" });
    }

    [Given(@"the event ""([A-Z0-9_]+)"" on ""([^""]+)"" by ""([A-Z_]+)""")]
    public void GivenEventBy(string kind, string date, string body) => AddEvent(new JObject { ["kind"] = kind, ["date"] = date, ["body"] = body });

    [Given(@"the event ""([A-Z0-9_]+)"" on ""([^""]+)""")]
    public void GivenEvent(string kind, string date) => AddEvent(new JObject { ["kind"] = kind, ["date"] = date });

    [Given(@"the clock of ""([^""]+)"" is paused on ""([^""]+)"" because ""([^""]*)""")]
    public void GivenPause(string step, string date, string reason) =>
        AddEvent(new JObject { ["kind"] = "CLOCK_PAUSED", ["date"] = date, ["step"] = step, ["reason"] = reason });

    [Given(@"the clock of ""([^""]+)"" resumes on ""([^""]+)""")]
    public void GivenResume(string step, string date) =>
        AddEvent(new JObject { ["kind"] = "CLOCK_RESUMED", ["date"] = date, ["step"] = step });

    [Given(@"a delay beyond control of ""([^""]+)"" is recorded on ""([^""]+)"" because ""([^""]*)""")]
    public void GivenDelayBeyondControl(string step, string date, string reason) =>
        AddEvent(new JObject { ["kind"] = "DELAY_BEYOND_CONTROL", ["date"] = date, ["step"] = step, ["reason"] = reason });

    private void AddEvent(JObject e)
    {
        if (scenario.Request["events"] is not JArray events)
        {
            events = new JArray();
            scenario.Request["events"] = events;
        }

        events.Add(e);
    }

    [Given(@"the rules are loaded from ""([^""]+)""")]
    public void GivenRulesFrom(string directory) => scenario.RulesDirectory = directory;

    [When(@"the ""([A-Z0-9_]+)"" decision is made")]
    public Task WhenKindDecided(string kind)
    {
        scenario.AskedKind = kind;
        scenario.Set("kinds", new JArray(kind));
        return environment.DecideAsync(scenario);
    }

    [When(@"every applicable decision is made")]
    public Task WhenAllDecided()
    {
        scenario.AskedKind = null;
        scenario.Set("kinds", null);
        return environment.DecideAsync(scenario);
    }

    private static string LearnerPath(string fact) =>
        fact.StartsWith("learner.", StringComparison.Ordinal) ? fact : "learner." + fact.ToString(CultureInfo.InvariantCulture);
}

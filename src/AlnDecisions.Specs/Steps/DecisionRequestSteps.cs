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
    [Given(@"bod y penderfyniad yn cael ei wneud yn ardal ""([^""]+)""")]
    public void GivenAuthority(string authority) => scenario.Set("authority", authority);

    [Given(@"the decision is made in ""([^""]+)"" on ""([^""]+)""")]
    [Given(@"bod y penderfyniad yn cael ei wneud yn ardal ""([^""]+)"" ar ""([^""]+)""")]
    public void GivenAuthorityAndDate(string authority, string date)
    {
        scenario.Set("authority", authority);
        scenario.Set("decisionDate", date);
    }

    [Given(@"the decision date is ""([^""]+)""")]
    [Given(@"bod dyddiad y penderfyniad yn ""([^""]+)""")]
    public void GivenDate(string date) => scenario.Set("decisionDate", date);

    [Given(@"the case reference is ""([^""]*)""")]
    [Given(@"bod cyfeirnod yr achos yn ""([^""]*)""")]
    public void GivenCaseReference(string reference) => scenario.Set("caseReference", reference);

    [Given(@"the learner was born on ""([^""]+)""")]
    [Given(@"bod dyddiad geni'r dysgwr yn ""([^""]+)""")]
    public void GivenBorn(string date) => scenario.Set("learner.dateOfBirth", date);

    [Given(@"the learner's ""([^""]+)"" is (true|false)")]
    [Given(@"bod ""([^""]+)"" y dysgwr yn (wir|anwir)")]
    public void GivenFlag(string fact, string value) => scenario.Set(LearnerPath(fact), value is "true" or "wir");

    [Given(@"the learner's ""([^""]+)"" is ""([^""]*)""")]
    [Given(@"bod ""([^""]+)"" y dysgwr yn ""([^""]*)""")]
    public void GivenText(string fact, string value) => scenario.Set(LearnerPath(fact), value);

    [Given(@"the learner's ""([^""]+)"" are ""([^""]*)""")]
    [Given(@"bod ""([^""]+)"" y dysgwr yn cynnwys ""([^""]*)""")]
    public void GivenList(string fact, string values) =>
        scenario.Set(LearnerPath(fact), new JArray(values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    [Given(@"the learner's ""([^""]+)"" is unknown")]
    [Given(@"bod ""([^""]+)"" y dysgwr yn anhysbys")]
    public void GivenUnknown(string fact) => scenario.Set(LearnerPath(fact), null);

    [Given(@"the learner has these facts:")]
    [Given(@"bod gan y dysgwr y ffeithiau hyn:")]
    public void GivenFacts(Table facts)
    {
        var factColumn = facts.ContainsColumn("ffaith") ? "ffaith" : "fact";
        var valueColumn = facts.ContainsColumn("gwerth") ? "gwerth" : "value";
        foreach (var row in facts.Rows)
        {
            var value = row[valueColumn];
            scenario.Set(LearnerPath(row[factColumn]), value switch
            {
                "true" or "gwir" => true,
                "false" or "anwir" => false,
                "unknown" or "anhysbys" => null,
                _ => value,
            });
        }
    }

    [Given(@"the young person's desired outcome ""([A-Z_]+)"" has (a|no) realistic prospect")]
    [Given(@"bod y gobaith i'r person ifanc gyflawni'r canlyniad dymunol ""([A-Z_]+)"" yn (realistig|afrealistig)")]
    public void GivenDesiredOutcome(string kind, string prospect)
    {
        if (scenario.Request.SelectToken("learner.post16.desiredOutcomes") is not JArray outcomes)
        {
            outcomes = new JArray();
            scenario.Set("learner.post16.desiredOutcomes", outcomes);
        }

        outcomes.Add(new JObject { ["kind"] = kind, ["realisticProspect"] = prospect is "a" or "realistig" });
    }

    [Given(@"the event ""([A-Z0-9_]+)"" on ""([^""]+)"" by ""([A-Z_]+)""")]
    [Given(@"bod digwyddiad ""([A-Z0-9_]+)"" ar ""([^""]+)"" gan ""([A-Z_]+)""")]
    public void GivenEventBy(string kind, string date, string body) => AddEvent(new JObject { ["kind"] = kind, ["date"] = date, ["body"] = body });

    [Given(@"the event ""([A-Z0-9_]+)"" on ""([^""]+)""")]
    [Given(@"bod digwyddiad ""([A-Z0-9_]+)"" ar ""([^""]+)""")]
    public void GivenEvent(string kind, string date) => AddEvent(new JObject { ["kind"] = kind, ["date"] = date });

    [Given(@"the clock of ""([^""]+)"" is paused on ""([^""]+)"" because ""([^""]*)""")]
    [Given(@"bod cloc ""([^""]+)"" wedi'i oedi ar ""([^""]+)"" oherwydd ""([^""]*)""")]
    public void GivenPause(string step, string date, string reason) =>
        AddEvent(new JObject { ["kind"] = "CLOCK_PAUSED", ["date"] = date, ["step"] = step, ["reason"] = reason });

    [Given(@"the clock of ""([^""]+)"" resumes on ""([^""]+)""")]
    [Given(@"bod cloc ""([^""]+)"" yn ailgychwyn ar ""([^""]+)""")]
    public void GivenResume(string step, string date) =>
        AddEvent(new JObject { ["kind"] = "CLOCK_RESUMED", ["date"] = date, ["step"] = step });

    [Given(@"a delay beyond control of ""([^""]+)"" is recorded on ""([^""]+)"" because ""([^""]*)""")]
    [Given(@"bod oedi y tu hwnt i reolaeth wedi'i gofnodi ar gyfer ""([^""]+)"" ar ""([^""]+)"" oherwydd ""([^""]*)""")]
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
    [Given(@"bod y rheolau'n cael eu llwytho o ""([^""]+)""")]
    public void GivenRulesFrom(string directory) => scenario.RulesDirectory = directory;

    [When(@"the ""([A-Z0-9_]+)"" decision is made")]
    [When(@"y gwneir y penderfyniad ""([A-Z0-9_]+)""")]
    public Task WhenKindDecided(string kind)
    {
        scenario.AskedKind = kind;
        scenario.Set("kinds", new JArray(kind));
        return environment.DecideAsync(scenario);
    }

    [When(@"every applicable decision is made")]
    [When(@"y gwneir pob penderfyniad perthnasol")]
    public Task WhenAllDecided()
    {
        scenario.AskedKind = null;
        scenario.Set("kinds", null);
        return environment.DecideAsync(scenario);
    }

    private static string LearnerPath(string fact) =>
        fact.StartsWith("learner.", StringComparison.Ordinal) ? fact : "learner." + fact.ToString(CultureInfo.InvariantCulture);
}

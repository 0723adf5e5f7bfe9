using AlnDecisions.Contract.V1;
using SnakeCase = AlnDecisions.Domain.UpperSnakeCase;
using TechTalk.SpecFlow;

namespace AlnDecisions.Specs.Steps;

/// <summary>Then steps: what a panel would check on the decision and its explanation.</summary>
[Binding]
public sealed class DecisionOutcomeSteps(DecisionScenario scenario)
{
    [Then(@"the outcome is ""([A-Z0-9_]+)""")]
    [Then(@"dylai'r canlyniad fod yn ""([A-Z0-9_]+)""")]
    public void ThenOutcome(string outcome) => Expect(Decision().Outcome == outcome,
        $"expected outcome {outcome} but got {Decision().Outcome}: {Decision().Explanation.Summary.En}");

    [Then(@"the ""([A-Z0-9_]+)"" outcome is ""([A-Z0-9_]+)""")]
    [Then(@"dylai canlyniad ""([A-Z0-9_]+)"" fod yn ""([A-Z0-9_]+)""")]
    public void ThenKindOutcome(string kind, string outcome)
    {
        var decision = Decision(kind);
        Expect(decision.Outcome == outcome, $"expected {kind} outcome {outcome} but got {decision.Outcome}: {decision.Explanation.Summary.En}");
    }

    [Then(@"the decision kinds are ""([^""]*)""")]
    [Then(@"dylai mathau'r penderfyniadau fod yn ""([^""]*)""")]
    public void ThenKinds(string kinds)
    {
        var expected = Split(kinds);
        var actual = Response().Decisions.Select(d => SnakeCase.From(d.Kind)).ToArray();
        Expect(expected.SequenceEqual(actual), $"expected decision kinds [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]");
    }

    [Then(@"the missing facts are ""([^""]*)""")]
    [Then(@"dylai'r ffeithiau sydd ar goll fod yn ""([^""]*)""")]
    public void ThenMissing(string facts)
    {
        var expected = Split(facts).Order(StringComparer.Ordinal).ToArray();
        var actual = Decision().Explanation.MissingFacts.Order(StringComparer.Ordinal).ToArray();
        Expect(expected.SequenceEqual(actual), $"expected missing facts [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]");
    }

    [Then(@"the missing facts include ""([^""]+)""")]
    [Then(@"dylai'r ffeithiau sydd ar goll gynnwys ""([^""]+)""")]
    public void ThenMissingIncludes(string fact) => Expect(Decision().Explanation.MissingFacts.Contains(fact),
        $"expected the missing facts to include '{fact}' but they are [{string.Join("; ", Decision().Explanation.MissingFacts)}]");

    [Then(@"the missing information includes the school calendar of ""([a-z-]+)"" for ""([0-9]{4}-[0-9]{2})""")]
    [Then(@"dylai'r wybodaeth sydd ar goll gynnwys calendr ysgol ""([a-z-]+)"" ar gyfer ""([0-9]{4}-[0-9]{2})""")]
    public void ThenMissingSchoolCalendar(string authority, string academicYear) => ExpectMissingCalendar(
        c => c.Kind == CalendarKind.Types.Value.SchoolTerms && c.Authority == authority && c.AcademicYear == academicYear,
        $"the school calendar of {authority} for {academicYear}");

    [Then(@"the missing information includes the calendar of setting ""([^""]+)"" in ""([a-z-]+)"" for ""([0-9]{4}-[0-9]{2})""")]
    [Then(@"dylai'r wybodaeth sydd ar goll gynnwys calendr lleoliad ""([^""]+)"" yn ""([a-z-]+)"" ar gyfer ""([0-9]{4}-[0-9]{2})""")]
    public void ThenMissingSettingCalendar(string setting, string authority, string academicYear) => ExpectMissingCalendar(
        c => c.Kind == CalendarKind.Types.Value.SchoolTerms && c.SettingReference == setting && c.Authority == authority && c.AcademicYear == academicYear,
        $"the calendar (INSET days) of setting {setting} in {authority} for {academicYear}");

    [Then(@"the missing information includes the FEI calendar of ""([^""]+)"" for ""([0-9]{4}-[0-9]{2})""")]
    [Then(@"dylai'r wybodaeth sydd ar goll gynnwys calendr sefydliad addysg bellach ""([^""]+)"" ar gyfer ""([0-9]{4}-[0-9]{2})""")]
    public void ThenMissingFeiCalendar(string setting, string academicYear) => ExpectMissingCalendar(
        c => c.Kind == CalendarKind.Types.Value.FeiTerms && c.SettingReference == setting && c.AcademicYear == academicYear,
        $"the FEI calendar of {setting} for {academicYear}");

    [Then(@"the missing information includes the bank holidays of (\d{4})")]
    [Then(@"dylai'r wybodaeth sydd ar goll gynnwys gwyliau banc (\d{4})")]
    public void ThenMissingBankHolidays(int year) => ExpectMissingCalendar(
        c => c.Kind == CalendarKind.Types.Value.BankHolidays && c.Year == year, $"the bank holidays of {year}");

    private void ExpectMissingCalendar(Func<MissingCalendar, bool> matches, string what)
    {
        var calendars = Decision().Explanation.MissingInformation.Where(m => m.WhatCase == MissingInformation.WhatOneofCase.Calendar).Select(m => m.Calendar).ToArray();
        Expect(calendars.Any(matches), $"expected the missing information to include {what}; it names {(calendars.Length == 0 ? "no calendar" : string.Join("; ", calendars.Select(c => c.ToString())))}");
    }

    [Then(@"the deadline ""([^""]+)"" cites ""([^""]+)"" with confidence ""([PSU])""")]
    [Then(@"dylai'r terfyn amser ""([^""]+)"" ddyfynnu ""([^""]+)"" gyda hyder ""([PSU])""")]
    public void ThenDeadlineCites(string step, string text, string confidence)
    {
        var citations = DeadlineOf(step).Citations;
        Expect(citations.Any(c => c.Source.Contains(text, StringComparison.Ordinal) && c.Confidence == confidence),
            $"'{step}' does not cite '{text}' with confidence {confidence}; it cites: {string.Join(" | ", citations.Select(c => $"{c.Source} [{c.Confidence}]"))}");
    }

    [Then(@"no facts are missing")]
    [Then(@"dylai'r rhestr o ffeithiau sydd ar goll fod yn wag")]
    public void ThenNoneMissing() => Expect(Decision().Explanation.MissingFacts.Count == 0,
        $"expected no missing facts but got [{string.Join(", ", Decision().Explanation.MissingFacts)}]");

    [Then(@"the deciding rule is ""([^""]+)""")]
    [Then(@"dylai'r rheol sy'n penderfynu fod yn ""([^""]+)""")]
    public void ThenDecidingRule(string rule) => Expect(Decision().Explanation.DecidingRule == rule,
        $"expected deciding rule '{rule}' but got '{Decision().Explanation.DecidingRule}'");

    [Then(@"the deciding layer is ""([A-Z_]+)""")]
    [Then(@"dylai'r haen sy'n penderfynu fod yn ""([A-Z_]+)""")]
    public void ThenDecidingLayer(string layer) => Expect(SnakeCase.From(Decision().DecidingLayer) == layer,
        $"expected deciding layer {layer} but got {SnakeCase.From(Decision().DecidingLayer)}");

    [Then(@"rule ""([^""]+)"" (passed|failed|was not applicable|errored|was undetermined)")]
    [Then(@"dylai rheol ""([^""]+)"" (basio|fethu|fod yn amherthnasol|roi gwall|fod heb ei phenderfynu)")]
    public void ThenRuleResult(string rule, string result)
    {
        var expected = result switch
        {
            "passed" or "basio" => RuleResult.Types.Value.Passed,
            "failed" or "fethu" => RuleResult.Types.Value.Failed,
            "was not applicable" or "fod yn amherthnasol" => RuleResult.Types.Value.NotApplicable,
            "errored" or "roi gwall" => RuleResult.Types.Value.Error,
            _ => RuleResult.Types.Value.Undetermined,
        };
        var reason = Reason(rule);
        Expect(reason.Result == expected, $"expected rule '{rule}' to have {SnakeCase.From(expected)} but it has {SnakeCase.From(reason.Result)}");
    }

    [Then(@"the reason for rule ""([^""]+)"" shows ""([^""]+)"" as ""([^""]*)""")]
    [Then(@"dylai'r rheswm dros reol ""([^""]+)"" ddangos ""([^""]+)"" fel ""([^""]*)""")]
    public void ThenFactShown(string rule, string fact, string value)
    {
        var shown = Reason(rule).Facts.FirstOrDefault(f => f.Fact == fact);
        Expect(shown is not null, $"rule '{rule}' does not show fact {fact}; it shows {string.Join(", ", Reason(rule).Facts.Select(f => f.Fact))}");
        Expect(shown!.Value == value, $"rule '{rule}' shows {fact} as '{shown.Value}', not '{value}'");
    }

    [Then(@"the deciding rule cites ""([^""]+)""")]
    [Then(@"dylai'r rheol sy'n penderfynu ddyfynnu ""([^""]+)""")]
    public void ThenCites(string text)
    {
        var rule = Decision().Explanation.DecidingRule;
        var citations = Reason(rule).Citations.Select(c => c.Source).ToArray();
        Expect(citations.Any(c => c.Contains(text, StringComparison.Ordinal)),
            $"the deciding rule '{rule}' does not cite '{text}'; it cites: {string.Join(" | ", citations)}");
    }

    [Then(@"the (English|Welsh) summary contains ""([^""]+)""")]
    [Then(@"dylai'r crynodeb (Saesneg|Cymraeg) gynnwys ""([^""]+)""")]
    public void ThenSummary(string language, string text)
    {
        var summary = IsEnglish(language) ? Decision().Explanation.Summary.En : Decision().Explanation.Summary.Cy;
        Expect(summary.Contains(text, StringComparison.Ordinal), $"the {language} summary does not contain '{text}': {summary}");
    }

    [Then(@"a next step in (English|Welsh) contains ""([^""]+)""")]
    [Then(@"dylai un o'r camau nesaf yn (Saesneg|Gymraeg) gynnwys ""([^""]+)""")]
    public void ThenNextStep(string language, string text)
    {
        var steps = Decision().Explanation.NextSteps.Select(s => IsEnglish(language) ? s.En : s.Cy).ToArray();
        Expect(steps.Any(s => s.Contains(text, StringComparison.Ordinal)),
            $"no next step in {language} contains '{text}'; next steps: {string.Join(" | ", steps)}");
    }

    [Then(@"every reason has text in English and Welsh and a citation")]
    [Then(@"dylai fod gan bob rheswm destun yn Saesneg ac yn Gymraeg, a dyfyniad")]
    public void ThenReasonsComplete()
    {
        foreach (var reason in Decision().Explanation.Reasons)
        {
            Expect(reason.Text.En.Length > 0 && reason.Text.Cy.Length > 0 && reason.Citations.Count > 0,
                $"rule '{reason.RuleId}' lacks English text, Welsh text or a citation");
        }
    }

    [Then(@"the decision's ""([A-Za-z]+)"" is ""([^""]*)""")]
    [Then(@"dylai ""([A-Za-z]+)"" y penderfyniad fod yn ""([^""]*)""")]
    public void ThenDecisionField(string field, string value)
    {
        var actual = DecisionField(field);
        Expect(actual == value, $"expected the decision's {field} to be '{value}' but it is {(actual is null ? "unset" : $"'{actual}'")}");
    }

    [Then(@"the decision's ""([A-Za-z]+)"" is unset")]
    [Then(@"dylai ""([A-Za-z]+)"" y penderfyniad fod heb ei osod")]
    public void ThenDecisionFieldUnset(string field)
    {
        var actual = DecisionField(field);
        Expect(actual is null, $"expected the decision's {field} to be unset but it is '{actual}'");
    }

    [Then(@"the decision's ""([A-Za-z]+)"" needs the facts ""([^""]*)""")]
    [Then(@"dylai ""([A-Za-z]+)"" y penderfyniad aros am y ffeithiau ""([^""]*)""")]
    public void ThenFieldNeedsInformation(string field, string facts)
    {
        var unsettled = Decision().FieldsNeedingInformation.FirstOrDefault(f => f.Field == field);
        Expect(unsettled is not null, $"expected the decision's {field} to need information, but the fields needing information are [{string.Join(", ", Decision().FieldsNeedingInformation.Select(f => f.Field))}]");
        Expect(DecisionField(field) is null, $"the decision's {field} needs information but is set to '{DecisionField(field)}'");
        var expected = Split(facts).Order(StringComparer.Ordinal).ToArray();
        var actual = unsettled!.MissingFacts.Order(StringComparer.Ordinal).ToArray();
        Expect(expected.SequenceEqual(actual), $"expected the decision's {field} to need [{string.Join(", ", expected)}] but it needs [{string.Join(", ", actual)}]");
    }

    [Then(@"no further answer needs information")]
    [Then(@"dylai pob ateb pellach fod wedi'i setlo")]
    public void ThenNoFieldNeedsInformation() => Expect(Decision().FieldsNeedingInformation.Count == 0,
        $"expected every further answer to be settled, but these need information: {string.Join("; ", Decision().FieldsNeedingInformation.Select(f => $"{f.Field} ({string.Join(", ", f.MissingFacts)})"))}");

    [Then(@"the decision used rule set ""([^""]+)"" version ""([^""]+)""")]
    [Then(@"dylai'r penderfyniad fod wedi defnyddio set reolau ""([^""]+)"" fersiwn ""([^""]+)""")]
    public void ThenUsedVersion(string id, string version)
    {
        var sets = Decision().RuleSets;
        Expect(sets.Any(s => s.Id == id && s.Version == version && s.Sha256.Length == 64),
            $"the decision did not use {id} version {version}; it used {string.Join(", ", sets.Select(s => $"{s.Id}@{s.Version}"))}");
    }

    [Then(@"the request is rejected for the field ""([^""]+)""")]
    [Then(@"dylai'r cais gael ei wrthod oherwydd y maes ""([^""]+)""")]
    public void ThenRejected(string field)
    {
        Expect(scenario.Rejection is not null, "the request was accepted, but it should have been rejected");
        Expect(scenario.Rejection!.Any(v => v.Field == field),
            $"the request was rejected, but not for {field}: {string.Join("; ", scenario.Rejection!.Select(v => $"{v.Field}: {v.Description}"))}");
    }

    private DecisionResponse Response()
    {
        if (scenario.Rejection is { } rejection)
        {
            throw new ScenarioFailedException($"the request was rejected: {string.Join("; ", rejection.Select(v => $"{v.Field}: {v.Description}"))}");
        }

        return scenario.Response ?? throw new ScenarioFailedException("no decision has been made yet: add a When step");
    }

    private Decision Decision(string? kind = null)
    {
        kind ??= scenario.AskedKind;
        var decisions = Response().Decisions;
        if (kind is null)
        {
            return decisions.Count == 1
                ? decisions[0]
                : throw new ScenarioFailedException($"there are {decisions.Count} decisions; name the kind (the \"KIND\" outcome is ...)");
        }

        return decisions.FirstOrDefault(d => SnakeCase.From(d.Kind) == kind)
            ?? throw new ScenarioFailedException($"there is no {kind} decision; kinds decided: {string.Join(", ", decisions.Select(d => SnakeCase.From(d.Kind)))}");
    }

    [Then(@"the deadline ""([^""]+)"" is due on ""([^""]+)""")]
    [Then(@"dylai'r terfyn amser ""([^""]+)"" ddisgyn ar ""([^""]+)""")]
    public void ThenDue(string step, string date) =>
        Expect(DeadlineOf(step).DueDate == date, $"expected '{step}' due on {date} but it is due on '{DeadlineOf(step).DueDate}'");

    [Then(@"the deadline ""([^""]+)"" has status ""([A-Z]+)""")]
    [Then(@"dylai statws y terfyn amser ""([^""]+)"" fod yn ""([A-Z]+)""")]
    public void ThenDeadlineStatus(string step, string status) =>
        Expect(SnakeCase.From(DeadlineOf(step).Status) == status, $"expected '{step}' to be {status} but it is {SnakeCase.From(DeadlineOf(step).Status)}");

    [Then(@"the deadline ""([^""]+)"" was rolled forward from ""([^""]+)""")]
    [Then(@"dylai'r terfyn amser ""([^""]+)"" fod wedi'i symud ymlaen o ""([^""]+)""")]
    public void ThenRolled(string step, string date) =>
        Expect(DeadlineOf(step).RolledForwardFrom == date, $"expected '{step}' rolled forward from {date} but it shows '{DeadlineOf(step).RolledForwardFrom}'");

    [Then(@"the deadline ""([^""]+)"" rolls forward under ""([A-Z0-9_]+)""")]
    [Then(@"dylai'r terfyn amser ""([^""]+)"" symud ymlaen o dan ""([A-Z0-9_]+)""")]
    public void ThenRollsForwardUnder(string step, string rollForward) =>
        Expect(RollForwardOf(step) == rollForward, $"expected '{step}' to roll forward under {rollForward} but it shows {RollForwardOf(step)}");

    [Then(@"the deadline ""([^""]+)"" does not roll forward")]
    [Then(@"dylai'r terfyn amser ""([^""]+)"" aros ar ei ddiwrnod olaf")]
    public void ThenDoesNotRollForward(string step) =>
        Expect(RollForwardOf(step) == "NONE" && DeadlineOf(step).RolledForwardFrom.Length == 0,
            $"expected '{step}' not to roll forward, but it shows {RollForwardOf(step)} (rolled forward from '{DeadlineOf(step).RolledForwardFrom}')");

    // The contract's own name for the value (REG_2_4), as rule files and scenarios write it.
    private string RollForwardOf(string step) =>
        RollForward.Descriptor.EnumTypes[0].FindValueByNumber((int)DeadlineOf(step).RollForward).Name;

    [Then(@"the deadline ""([^""]+)"" has (\d+) paused days")]
    [Then(@"dylai'r terfyn amser ""([^""]+)"" fod wedi'i oedi am (\d+) diwrnod")]
    public void ThenPausedDays(string step, int days) =>
        Expect(DeadlineOf(step).PausedDays == days, $"expected '{step}' to have {days} paused days but it has {DeadlineOf(step).PausedDays}");

    [Then(@"the deadline ""([^""]+)"" counts ""([A-Z_]+)"" from ""([A-Z0-9_]+)"" on ""([^""]+)""")]
    [Then(@"dylai'r terfyn amser ""([^""]+)"" gyfrif ""([A-Z_]+)"" o ""([A-Z0-9_]+)"" ar ""([^""]+)""")]
    public void ThenCounting(string step, string basis, string startEvent, string startDate)
    {
        var deadline = DeadlineOf(step);
        var actual = $"{SnakeCase.From(deadline.CountingBasis)} from {SnakeCase.From(deadline.StartEvent)} on {deadline.StartDate}";
        Expect(actual == $"{basis} from {startEvent} on {startDate}", $"expected '{step}' to count {basis} from {startEvent} on {startDate} but it counts {actual}");
    }

    [Then(@"there is no deadline ""([^""]+)""")]
    [Then(@"dylai'r terfyn amser ""([^""]+)"" fod yn absennol")]
    public void ThenNoDeadline(string step) =>
        Expect(Decision().Deadlines.All(d => d.Step != step), $"expected no deadline '{step}' but there is one");

    private Deadline DeadlineOf(string step) =>
        Decision().Deadlines.FirstOrDefault(d => d.Step == step)
        ?? throw new ScenarioFailedException($"there is no deadline '{step}'; deadlines: {string.Join(", ", Decision().Deadlines.Select(d => d.Step))}");

    // Reads a field of the decision by its proto3 JSON name, so new contract fields need no new step.
    private string? DecisionField(string field)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(AlnDecisions.Contract.ContractJson.Formatter.Format(Decision()));
        return json[field] switch
        {
            null => null,
            Newtonsoft.Json.Linq.JValue { Type: Newtonsoft.Json.Linq.JTokenType.Boolean } flag => (bool)flag ? "true" : "false",
            var token => token.ToString(),
        };
    }

    private Reason Reason(string rule) =>
        Decision().Explanation.Reasons.FirstOrDefault(r => r.RuleId == rule)
        ?? throw new ScenarioFailedException($"no rule '{rule}' took part; rules: {string.Join(", ", Decision().Explanation.Reasons.Select(r => r.RuleId))}");

    // The language as a step names it: English or Welsh, Saesneg or Cymraeg (Gymraeg after "yn").
    private static bool IsEnglish(string language) => language is "English" or "Saesneg";

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new ScenarioFailedException(message);
        }
    }
}

using AlnDecisions.Cli.Hosting;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using Language = AlnDecisions.Cli.Hosting.Language;
using UpperSnakeCase = AlnDecisions.Domain.UpperSnakeCase;

namespace AlnDecisions.Cli.Reports.Explain;

/// <summary>
/// A decision as an ALN panel reads it: the outcome, the rule that settled it and why, the facts
/// used, what is missing, what would change the outcome, next steps and the law cited; in English
/// or Welsh.
/// </summary>
internal static class PanelText
{
    public static async Task WriteAsync(TextWriter output, DecisionResponse response, IReadOnlyList<OutcomeChanges> changes, Language lang)
    {
        await output.WriteLineAsync(lang.Say(
            $"Case {response.CaseReference}, decided {response.DecisionDate} (decision {response.DecisionId})",
            $"Achos {response.CaseReference}, penderfynwyd {response.DecisionDate} (penderfyniad {response.DecisionId})"));
        foreach (var decision in response.Decisions)
        {
            await output.WriteLineAsync();
            await WriteDecisionAsync(output, decision, changes.FirstOrDefault(c => c.Kind == decision.Kind), lang);
        }
    }

    private static async Task WriteDecisionAsync(TextWriter output, Decision decision, OutcomeChanges? changes, Language lang)
    {
        var explanation = decision.Explanation;
        var deciding = explanation.Reasons.FirstOrDefault(r => r.RuleId == explanation.DecidingRule);
        await output.WriteLineAsync($"{UpperSnakeCase.From(decision.Kind)}");
        await output.WriteLineAsync($"  {lang.Say("Outcome", "Canlyniad")}: {decision.Outcome}");
        await output.WriteLineAsync($"  {lang.Of(explanation.Summary)}");

        await output.WriteLineAsync($"  {lang.Say("Settled by", "Penderfynwyd gan")}:");
        if (deciding is null)
        {
            await output.WriteLineAsync($"    {lang.Say("no rule settled it", "ni phenderfynodd unrhyw reol")}");
        }
        else
        {
            var set = decision.RuleSets.FirstOrDefault(s => s.Id == deciding.RuleSetId);
            await output.WriteLineAsync($"    {deciding.RuleId} ({LayerName(deciding.Layer, lang)}; {deciding.RuleSetId}{(set is null ? string.Empty : " " + set.Version)})");
            await output.WriteLineAsync($"    {lang.Say("Why", "Pam")}: {lang.Of(deciding.Text)}");
        }

        foreach (var field in Fields(decision, lang))
        {
            await output.WriteLineAsync($"    {field}");
        }

        await output.WriteLineAsync($"  {lang.Say("Facts used", "Y ffeithiau a ddefnyddiwyd")}:");
        var facts = explanation.Reasons.Where(r => r.Result != RuleResult.Types.Value.NotApplicable)
            .SelectMany(r => r.Facts).DistinctBy(f => f.Fact).ToArray();
        if (facts.Length == 0)
        {
            await output.WriteLineAsync($"    {lang.Say("none", "dim")}");
        }

        foreach (var fact in facts)
        {
            await output.WriteLineAsync($"    {fact.Fact} = {Value(fact.Value, lang)}");
        }

        await output.WriteLineAsync($"  {lang.Say("Other rules considered", "Rheolau eraill a ystyriwyd")}:");
        var others = explanation.Reasons.Where(r => r.RuleId != explanation.DecidingRule && r.Result != RuleResult.Types.Value.NotApplicable).ToArray();
        if (others.Length == 0)
        {
            await output.WriteLineAsync($"    {lang.Say("none", "dim")}");
        }

        foreach (var reason in others)
        {
            await output.WriteLineAsync($"    {reason.RuleId}: {ResultName(reason.Result, lang)}");
        }

        await output.WriteLineAsync($"  {lang.Say("What is missing", "Beth sydd ar goll")}: {(explanation.MissingFacts.Count == 0 ? lang.Say("nothing", "dim byd") : string.Join(", ", explanation.MissingFacts))}");

        await output.WriteLineAsync($"  {lang.Say("What would change the outcome", "Beth fyddai'n newid y canlyniad")}:");
        if (changes is null || changes.Changes.Count == 0)
        {
            await output.WriteLineAsync($"    {lang.Say("no change of one or two of the facts the rules read changes it", "ni fyddai newid un neu ddwy o'r ffeithiau y mae'r rheolau'n eu darllen yn ei newid")}");
        }
        else
        {
            foreach (var change in changes.Changes)
            {
                var facts2 = string.Join(lang.Say(" and ", " a "), change.Facts.Select(f =>
                    $"{f.Fact} {Value(f.To, lang)} {lang.Say("instead of", "yn lle")} {Value(f.From, lang)}"));
                await output.WriteLineAsync($"    {facts2} → {change.Outcome}");
            }
        }

        if (changes is not null)
        {
            await output.WriteLineAsync(lang.Say(
                $"    (tried {changes.Decisions} re-decisions over {changes.FactsConsidered.Count} facts{(changes.Bounded ? $"; stopped at the bound of {WhatWouldChange.MaxFacts} facts or {WhatWouldChange.MaxDecisions} re-decisions" : string.Empty)})",
                $"    (rhoddwyd cynnig ar {changes.Decisions} ailbenderfyniad ar draws {changes.FactsConsidered.Count} ffaith{(changes.Bounded ? $"; daeth i ben wrth y terfyn o {WhatWouldChange.MaxFacts} ffaith neu {WhatWouldChange.MaxDecisions} ailbenderfyniad" : string.Empty)})"));
        }

        await output.WriteLineAsync($"  {lang.Say("Next steps", "Camau nesaf")}:");
        foreach (var step in explanation.NextSteps)
        {
            await output.WriteLineAsync($"    - {lang.Of(step)}");
        }

        await output.WriteLineAsync($"  {lang.Say("Citations", "Ffynonellau")}:");
        foreach (var citation in (deciding?.Citations ?? []).Concat(decision.Deadlines.SelectMany(d => d.Citations)).DistinctBy(c => c.Source))
        {
            await output.WriteLineAsync($"    - {citation.Source} [{citation.Confidence}: {ConfidenceName(citation.Confidence, lang)}]");
        }

        foreach (var deadline in decision.Deadlines)
        {
            await output.WriteLineAsync($"  {lang.Say("Deadline", "Terfyn amser")} {deadline.Step}: {deadline.DueDate} ({UpperSnakeCase.From(deadline.Status)})");
        }
    }

    private static IEnumerable<string> Fields(Decision decision, Language lang)
    {
        if (decision.ResponsibleAuthority.Length > 0)
        {
            yield return $"{lang.Say("Responsible authority", "Yr awdurdod cyfrifol")}: {decision.ResponsibleAuthority}";
        }

        if (decision.FundingAuthority.Length > 0)
        {
            yield return $"{lang.Say("Funding authority", "Yr awdurdod sy'n ariannu")}: {decision.FundingAuthority}";
        }

        if (decision.HasMayDirectSchool)
        {
            yield return $"{lang.Say("May direct the school", "Caiff gyfarwyddo'r ysgol")}: {Value(decision.MayDirectSchool ? "true" : "false", lang)}";
        }

        if (decision.HasReferToAuthority)
        {
            yield return $"{lang.Say("Refer to the authority", "Cyfeirio at yr awdurdod")}: {Value(decision.ReferToAuthority ? "true" : "false", lang)}";
        }

        if (decision.Recoupment.Length > 0)
        {
            yield return $"{lang.Say("Recoupment", "Adennill costau")}: {decision.Recoupment}";
        }
    }

    private static string Value(string value, Language lang) => value switch
    {
        "true" => lang.Say("true", "gwir"),
        "false" => lang.Say("false", "anwir"),
        "unknown" => lang.Say("unknown", "anhysbys"),
        _ => value,
    };

    private static string LayerName(Layer.Types.Value layer, Language lang) => layer switch
    {
        Layer.Types.Value.Statutory => lang.Say("statutory layer", "yr haen statudol"),
        Layer.Types.Value.AuthorityPrinciples => lang.Say("the authority's published principles", "egwyddorion cyhoeddedig yr awdurdod"),
        Layer.Types.Value.NationalBaseline => lang.Say("national baseline", "y llinell sylfaen genedlaethol"),
        _ => UpperSnakeCase.From(layer),
    };

    private static string ResultName(RuleResult.Types.Value result, Language lang) => result switch
    {
        RuleResult.Types.Value.Passed => lang.Say("passed", "wedi pasio"),
        RuleResult.Types.Value.Failed => lang.Say("did not apply", "nid oedd yn gymwys"),
        RuleResult.Types.Value.Error => lang.Say("could not be evaluated", "ni ellid ei gwerthuso"),
        RuleResult.Types.Value.Undetermined => lang.Say("depends on facts not given", "yn dibynnu ar ffeithiau na roddwyd"),
        _ => UpperSnakeCase.From(result),
    };

    private static string ConfidenceName(string confidence, Language lang) => confidence switch
    {
        "P" => lang.Say("primary text read", "darllenwyd y testun sylfaenol"),
        "S" => lang.Say("secondary source citing the law", "ffynhonnell eilaidd sy'n dyfynnu'r gyfraith"),
        "U" => lang.Say("not confirmed", "heb ei gadarnhau"),
        _ => confidence,
    };
}

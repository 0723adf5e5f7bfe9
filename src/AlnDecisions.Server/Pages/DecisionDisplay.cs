using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Pages.Texts;
using Words = AlnDecisions.Domain.LocalisedText;

namespace AlnDecisions.Server.Pages;

/// <summary>
/// One recorded decision as the pages show it: every part in words from the declared texts, never
/// a contract code. Reads the recorded response only.
/// </summary>
internal static class DecisionDisplay
{
    /// <summary>The reason of the rule that settled the outcome, if one did.</summary>
    public static Reason? Deciding(Decision decision) =>
        decision.Explanation?.Reasons.FirstOrDefault(r => r.RuleId == decision.Explanation.DecidingRule && r.RuleId.Length > 0);

    /// <summary>The rule set <paramref name="reason"/> belongs to, as the decision references it.</summary>
    public static RuleSetReference? RuleSetOf(Decision decision, Reason reason) => decision.RuleSets.FirstOrDefault(s => s.Id == reason.RuleSetId);

    /// <summary>Every fact the rules that were evaluated read, the deciding rule's first, each once.</summary>
    public static IReadOnlyList<FactValue> FactsUsed(Decision decision)
    {
        var reasons = decision.Explanation?.Reasons ?? [];
        var deciding = Deciding(decision);
        return reasons.Where(r => r == deciding)
            .Concat(reasons.Where(r => r != deciding && r.Result != RuleResult.Types.Value.NotApplicable))
            .SelectMany(r => r.Facts)
            .DistinctBy(f => f.Fact, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Everything the outcome waited for, in words.</summary>
    public static IReadOnlyList<Words> Missing(Decision decision)
    {
        var items = new List<Words>();
        var explanation = decision.Explanation;
        if (explanation is null)
        {
            return items;
        }

        var listed = explanation.MissingInformation.Count > 0
            ? explanation.MissingInformation
            : [.. explanation.MissingFacts.Select(f => new MissingInformation { Fact = f })];
        foreach (var missing in listed)
        {
            switch (missing.WhatCase)
            {
                case MissingInformation.WhatOneofCase.Fact:
                    items.Add(FactWords.Label(missing.Fact));
                    break;
                case MissingInformation.WhatOneofCase.Calendar:
                    items.Add(Calendar(missing.Calendar));
                    break;
                case MissingInformation.WhatOneofCase.RuleSet:
                    var authority = Domain.AuthorityNames.Of(missing.RuleSet.Authority);
                    items.Add(new Words(
                        PageTexts.Fill(PageTexts.MissingRuleSet.En, ("authority", authority.En), ("date", PageFormat.Date(missing.RuleSet.Date, PageLanguage.English))),
                        PageTexts.Fill(PageTexts.MissingRuleSet.Cy, ("authority", authority.Cy), ("date", PageFormat.Date(missing.RuleSet.Date, PageLanguage.Welsh)))));
                    break;
            }
        }

        return items;
    }

    /// <summary>Each further answer left unset, with the facts that would settle it.</summary>
    public static IReadOnlyList<Words> FieldsNeedingInformation(Decision decision) =>
        [.. decision.FieldsNeedingInformation.Select(field =>
        {
            var label = ContractWords.Fields.TryGetValue(field.Field, out var words) ? words : new Words(field.Field, field.Field);
            var facts = field.MissingFacts.Select(FactWords.Label).ToArray();
            return new Words(
                PageTexts.Fill(PageTexts.FieldNeeds.En, ("field", label.En), ("facts", string.Join("; ", facts.Select(f => f.En)))),
                PageTexts.Fill(PageTexts.FieldNeeds.Cy, ("field", label.Cy), ("facts", string.Join("; ", facts.Select(f => f.Cy)))));
        })];

    /// <summary>The further answers the decision gives (who is responsible, who pays, ...), label and value in words.</summary>
    public static IReadOnlyList<(Words Label, Words Value)> FurtherAnswers(Decision decision) =>
        [.. Contract.FurtherAnswers.Of(decision).Select(answer => (ContractWords.Fields[answer.Name], ContractWords.FieldValue(answer.Value)))];

    /// <summary>The law the deciding rule and every deadline cite, each source once.</summary>
    public static IReadOnlyList<Citation> Citations(Decision decision) =>
        [.. (Deciding(decision)?.Citations ?? []).Concat(decision.Deadlines.SelectMany(d => d.Citations)).DistinctBy(c => c.Source, StringComparer.Ordinal)];

    /// <summary>The human decisions recorded on <paramref name="kind"/>, oldest first (the last one stands).</summary>
    public static IReadOnlyList<HumanDecision> HumanDecisions(RecordedDecision record, DecisionKind.Types.Value kind) =>
        [.. record.HumanDecisions.Where(h => h.Kind == kind)];

    /// <summary>The decision a person made on <paramref name="kind"/> that stands, if any.</summary>
    public static HumanDecision? Standing(RecordedDecision record, DecisionKind.Types.Value kind) =>
        record.HumanDecisions.LastOrDefault(h => h.Kind == kind);

    /// <summary>The language a human reason was written in, for its <c>lang</c> attribute.</summary>
    public static PageLanguage LanguageOf(HumanReason reason) => reason.Language == Language.Types.Value.Welsh ? PageLanguage.Welsh : PageLanguage.English;

    /// <summary>One change the search found, in words: "fact: new value instead of old value", joined by "and".</summary>
    public static string Change(OutcomeChange change, PageLanguage language) =>
        string.Join($" {PageTexts.And.In(language)} ", change.Facts.Select(fact => PageTexts.Fill(PageTexts.FactChange.In(language),
            ("fact", FactWords.Label(fact.Fact).In(language)),
            ("to", FactWords.Value(fact.Fact, fact.To).In(language)),
            ("from", FactWords.Value(fact.Fact, fact.From).In(language)))));

    /// <summary>How a deadline's period is counted, e.g. "35 school days".</summary>
    public static string Period(Deadline deadline, PageLanguage language)
    {
        var period = PageTexts.Fill(PageTexts.PeriodLength.In(language),
            ("length", deadline.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("basis", ContractWords.Of(deadline.CountingBasis).In(language)));
        return deadline.PausedDays > 0
            ? $"{period}, {PageTexts.Fill(PageTexts.PausedFor.In(language), ("days", deadline.PausedDays.ToString(System.Globalization.CultureInfo.InvariantCulture)))}"
            : period;
    }

    private static Words Calendar(MissingCalendar calendar)
    {
        var year = calendar.Kind == CalendarKind.Types.Value.BankHolidays
            ? calendar.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : calendar.AcademicYear;
        if (calendar.Kind == CalendarKind.Types.Value.BankHolidays)
        {
            return Filled(PageTexts.MissingBankHolidays, ("year", year));
        }

        if (calendar.SettingReference.Length > 0)
        {
            return Filled(PageTexts.MissingSettingTerms, ("reference", calendar.SettingReference), ("year", year));
        }

        if (calendar.Kind == CalendarKind.Types.Value.FeiTerms)
        {
            return Filled(PageTexts.MissingFeiTerms, ("year", year));
        }

        var authority = Domain.AuthorityNames.Of(calendar.Authority);
        return new Words(
            PageTexts.Fill(PageTexts.MissingSchoolTerms.En, ("authority", authority.En), ("year", year)),
            PageTexts.Fill(PageTexts.MissingSchoolTerms.Cy, ("authority", authority.Cy), ("year", year)));
    }

    private static Words Filled(Words text, params (string Name, string Value)[] values) =>
        new(PageTexts.Fill(text.En, values), PageTexts.Fill(text.Cy, values));
}

using AlnDecisions.Domain;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// The engine's own sentences, in English and Welsh. Rule text comes from rule files; these only
/// frame it, so a panel reads the rule's words with the outcome and the layer that settled it.
/// </summary>
internal static class ExplanationText
{
    public static LocalisedText LayerName(Layer layer) => layer switch
    {
        Layer.Statutory => new("the statutory rules (the Act, regulations and the ALN Code's requirements)", "y rheolau statudol (y Ddeddf, rheoliadau a gofynion y Cod ADY)"),
        Layer.AuthorityPrinciples => new("the local authority's published principles, where the first principle that matches decides", "egwyddorion cyhoeddedig yr awdurdod lleol, lle mae'r egwyddor gyntaf sy'n cyfateb yn penderfynu"),
        _ => new("the national baseline, because no principles of this authority are encoded yet", "y llinell sylfaen genedlaethol, gan nad oes egwyddorion yr awdurdod hwn wedi'u hamgodio eto"),
    };

    public static LocalisedText Decided(Outcome outcome, RuleDefinition rule, Layer layer) => new(
        $"Outcome {outcome}: {rule.Text.En} Settled by rule '{rule.Name}' in {LayerName(layer).En}.",
        $"Canlyniad {outcome}: {rule.Text.Cy} Penderfynwyd gan reol '{rule.Name}' yn {LayerName(layer).Cy}.");

    public static LocalisedText MissingFacts(IEnumerable<MissingInformation> missing)
    {
        var list = string.Join(", ", missing);
        return new(
            $"Outcome {Outcome.MoreInformationNeeded}: the outcome depends on facts that were not given, so no decision is guessed. Needed: {list}.",
            $"Canlyniad {Outcome.MoreInformationNeeded}: mae'r canlyniad yn dibynnu ar ffeithiau na roddwyd, felly ni ddyfelir penderfyniad. Angen: {list}.");
    }

    public static LocalisedText WithFieldsNeedingInformation(LocalisedText summary, IEnumerable<FieldNeedingInformation> fields)
    {
        var list = string.Join("; ", fields.Select(f => $"{f.Field.JsonName()} (needs {string.Join(", ", f.Missing)})"));
        var welshList = string.Join("; ", fields.Select(f => $"{f.Field.JsonName()} (angen {string.Join(", ", f.Missing)})"));
        return new(
            $"{summary.En} The outcome does not depend on the facts not given, but these further answers do, so they are left unset rather than guessed: {list}.",
            $"{summary.Cy} Nid yw'r canlyniad yn dibynnu ar y ffeithiau na roddwyd, ond mae'r atebion pellach hyn yn dibynnu arnynt, felly fe'u gadewir heb eu gosod yn hytrach na'u dyfalu: {welshList}.");
    }

    public static LocalisedText ProvideMissingFacts { get; } = new(
        "Record the missing information and ask for the decision again.",
        "Cofnodwch yr wybodaeth sydd ar goll a gofynnwch am y penderfyniad eto.");

    public static LocalisedText EvaluationError(string rule) => new(
        $"Outcome {Outcome.EvaluationError}: rule '{rule}' could not be evaluated, so no outcome is given. The rule set needs correcting by a policy officer.",
        $"Canlyniad {Outcome.EvaluationError}: nid oedd modd gwerthuso rheol '{rule}', felly ni roddir canlyniad. Mae angen i swyddog polisi gywiro'r set reolau.");

    public static LocalisedText NoRuleMatched { get; } = new(
        $"Outcome {Outcome.NoRuleMatched}: no rule settled this case, which shows a gap in the rule set; it has been left undecided rather than guessed.",
        $"Canlyniad {Outcome.NoRuleMatched}: ni wnaeth unrhyw reol setlo'r achos hwn, sy'n dangos bwlch yn y set reolau; fe'i gadawyd heb benderfyniad yn hytrach na dyfalu.");

    public static LocalisedText NotInForce(DecisionKind kind, DateOnly date) => new(
        $"Outcome {Outcome.NoRuleSetInForce}: no rule set for {UpperSnakeCase.From(kind)} is in force on {date:yyyy-MM-dd}.",
        $"Canlyniad {Outcome.NoRuleSetInForce}: nid oes set reolau ar gyfer {UpperSnakeCase.From(kind)} mewn grym ar {date:yyyy-MM-dd}.");

    public static LocalisedText HomeAuthoritySettles(string home, string school) => new(
        $"The two authorities' principles disagree on who maintains the IDP. {AuthorityNames.Of(home).En}'s answer settles it: it is the authority in whose area the learner is (Explanatory Notes para 73, s.99(4)), so a school's referral (s.12(2)) and requests to reconsider or take over the IDP (ss.26-28) go to it, and it decides under its own principles; {AuthorityNames.Of(school).En}'s principles apply only to its own learners.",
        $"Mae egwyddorion y ddau awdurdod yn anghytuno ynghylch pwy sy'n cynnal y CDU. Ateb {AuthorityNames.Of(home).Cy} sy'n setlo'r mater: dyma'r awdurdod yn ei ardal y mae'r dysgwr (Nodiadau Esboniadol para 73, adran 99(4)), felly mae atgyfeiriad ysgol (adran 12(2)) a cheisiadau i ailystyried neu gymryd y CDU drosodd (adrannau 26-28) yn mynd ato, ac mae'n penderfynu o dan ei egwyddorion ei hun; dim ond i'w ddysgwyr ei hun y mae egwyddorion {AuthorityNames.Of(school).Cy} yn berthnasol.");

    public static LocalisedText Deadlines(Outcome outcome, IReadOnlyList<Deadline> deadlines, IReadOnlyList<MissingInformation> missing)
    {
        int Count(Domain.Timescales.DeadlineStatusKind status) => deadlines.Count(d => d.Status == status);
        var en = $"Outcome {outcome}: {deadlines.Count} deadline(s) from the case's events: {Count(Domain.Timescales.DeadlineStatusKind.Open)} open, {Count(Domain.Timescales.DeadlineStatusKind.Met)} met, {Count(Domain.Timescales.DeadlineStatusKind.Breached)} breached, {Count(Domain.Timescales.DeadlineStatusKind.Excused)} excused, {Count(Domain.Timescales.DeadlineStatusKind.Paused)} paused. Each says when its clock started, how days were counted and any pause.";
        var cy = $"Canlyniad {outcome}: {deadlines.Count} terfyn amser o ddigwyddiadau'r achos: {Count(Domain.Timescales.DeadlineStatusKind.Open)} ar agor, {Count(Domain.Timescales.DeadlineStatusKind.Met)} wedi'u bodloni, {Count(Domain.Timescales.DeadlineStatusKind.Breached)} wedi'u torri, {Count(Domain.Timescales.DeadlineStatusKind.Excused)} wedi'u hesgusodi, {Count(Domain.Timescales.DeadlineStatusKind.Paused)} wedi'u hoedi. Mae pob un yn dweud pryd y dechreuodd ei gloc, sut y cyfrifwyd y dyddiau ac unrhyw saib.";
        if (missing.Count > 0)
        {
            en += $" Not worked out until this is known (never guessed by weekdays): {string.Join("; ", missing)}.";
            cy += $" Heb eu cyfrifo nes bydd hyn yn hysbys (ni ddyfelir fesul diwrnod gwaith): {string.Join("; ", missing)}.";
        }

        return new LocalisedText(en, cy);
    }

    public static LocalisedText PauseNotListed(string step, string reason, IEnumerable<string> listed) => new(
        $"A pause of '{step}' with reason '{reason}' was not applied: the rules list only these reasons for stopping the clock: {string.Join(", ", listed)}.",
        $"Ni chymhwyswyd saib o '{step}' gyda'r rheswm '{reason}': dim ond y rhesymau hyn dros atal y cloc y mae'r rheolau'n eu rhestru: {string.Join(", ", listed)}.");
}

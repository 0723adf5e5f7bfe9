using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.RuleSets;
using CaseEventKind = AlnDecisions.Domain.CaseEventKind;
using DomainKind = AlnDecisions.Domain.DecisionKind;
using DomainLayer = AlnDecisions.Domain.Layer;
using LocalisedText = AlnDecisions.Domain.LocalisedText;

namespace AlnDecisions.Server.Pages;

/// <summary>
/// Reads <see cref="NoticeFacts"/> from the catalog serving now, for the recorded decision date.
/// The time limits are the statutory timescales' own (rules/national/statutory-timescales.json),
/// found by what each timescale is, not by its name: the appeal is the timescale an
/// <c>APPEAL_LODGED</c> event meets; the cease reconsideration the one a school's
/// <c>CEASE_NOTICE_GIVEN</c> starts and a <c>RECONSIDERATION_REQUESTED</c> meets.
/// </summary>
internal sealed class NoticeFactsReader(RuleSetRegistry registry)
{
    public NoticeFacts Read(RecordedDecision record)
    {
        var catalog = registry.Current;
        var date = DateOnly.TryParseExact(record.Response.DecisionDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var decided) ? decided : DateOnly.MinValue;
        var home = record.Request?.Learner?.HomeAuthority;
        var area = Authorities.IsWelsh(home) ? home! : record.Request?.Authority is { Length: > 0 } asked ? asked : record.Authority;

        var timescales = catalog.Find(DomainKind.StatutoryTimescales, Authorities.National, DomainLayer.Statutory, date)?.Rules
            .Select(rule => rule.Timescale).OfType<TimescaleDefinition>().ToArray() ?? [];
        var appeal = timescales.FirstOrDefault(t => t.MetBy.Contains(CaseEventKind.AppealLodged));
        var cease = timescales.FirstOrDefault(t => t.StartEvents.Contains(CaseEventKind.CeaseNoticeGiven) && t.MetBy.Contains(CaseEventKind.ReconsiderationRequested));

        var signposting = catalog.Find(DomainKind.IdpResponsibility, area, DomainLayer.AuthorityPrinciples, date)?.Signposting
            ?? catalog.Find(DomainKind.IdpResponsibility, Authorities.National, DomainLayer.NationalBaseline, date)?.Signposting
            ?? [];
        var responsible = record.Response.Decisions.FirstOrDefault(d => d.Kind == Contract.V1.DecisionKind.Types.Value.IdpResponsibility)?.ResponsibleAuthority is { Length: > 0 } named
            ? named
            : area;
        var contacts = signposting.Select(text => AuthorityPlaceholders.Fill(text, area, responsible)).ToArray();

        return new NoticeFacts(area, AuthorityNames.Of(area), cease?.Length, appeal?.Length,
            appeal is null ? null : appeal.Length + (appeal.ExtendedBy is null ? 0 : appeal.ExtensionLength), contacts);
    }
}

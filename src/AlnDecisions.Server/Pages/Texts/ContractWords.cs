using System.Collections.Frozen;
using AlnDecisions.Contract.V1;
using LocalisedText = AlnDecisions.Domain.LocalisedText;

namespace AlnDecisions.Server.Pages.Texts;

/// <summary>
/// The response's own codes in words: the contract enums a page shows (layers, deadline statuses,
/// counting bases, case events, bodies), the further answers a decision may give, recoupment codes
/// and citation confidences. A consistency test holds every value of each enum listed in
/// <see cref="Enums"/> to having both texts.
/// </summary>
internal static class ContractWords
{
    /// <summary>Every contract enum the pages name, by its CLR type, with words for each value but the zero (unspecified) one.</summary>
    public static FrozenDictionary<Type, FrozenDictionary<int, LocalisedText>> Enums { get; } = new Dictionary<Type, FrozenDictionary<int, LocalisedText>>
    {
        [typeof(Layer.Types.Value)] = Values(
            ((int)Layer.Types.Value.Statutory, "the law (the statutory layer)", "y gyfraith (yr haen statudol)"),
            ((int)Layer.Types.Value.AuthorityPrinciples, "the authority's published principles", "egwyddorion cyhoeddedig yr awdurdod"),
            ((int)Layer.Types.Value.NationalBaseline, "the national baseline the authority follows", "y llinell sylfaen genedlaethol y mae'r awdurdod yn ei dilyn")),
        [typeof(DeadlineStatus.Types.Value)] = Values(
            ((int)DeadlineStatus.Types.Value.Open, "Open: not yet due", "Ar agor: heb ddod i ben eto"),
            ((int)DeadlineStatus.Types.Value.Met, "Met", "Wedi'i fodloni"),
            ((int)DeadlineStatus.Types.Value.Breached, "Missed", "Wedi'i fethu"),
            ((int)DeadlineStatus.Types.Value.Excused, "Missed, for reasons beyond the body's control", "Wedi'i fethu, am resymau y tu hwnt i reolaeth y corff"),
            ((int)DeadlineStatus.Types.Value.Paused, "Paused", "Wedi'i oedi")),
        [typeof(CountingBasis.Types.Value)] = Values(
            ((int)CountingBasis.Types.Value.SchoolDays, "school days", "diwrnod ysgol"),
            ((int)CountingBasis.Types.Value.FeiTermTimeDays, "college term-time days", "diwrnod yn ystod tymor y coleg"),
            ((int)CountingBasis.Types.Value.CalendarDays, "days", "diwrnod"),
            ((int)CountingBasis.Types.Value.CalendarWeeks, "weeks", "wythnos"),
            ((int)CountingBasis.Types.Value.Months, "months", "mis")),
        [typeof(CaseEventKind.Types.Value)] = Values(
            ((int)CaseEventKind.Types.Value.BroughtToAttention, "Brought to the attention of the school or authority", "Wedi'i ddwyn i sylw'r ysgol neu'r awdurdod"),
            ((int)CaseEventKind.Types.Value.ConsentGiven, "Consent given", "Cydsyniad wedi'i roi"),
            ((int)CaseEventKind.Types.Value.DecisionNoticeGiven, "Notice of a decision given", "Hysbysiad o benderfyniad wedi'i roi"),
            ((int)CaseEventKind.Types.Value.IdpGiven, "IDP given", "CDU wedi'i roi"),
            ((int)CaseEventKind.Types.Value.ReconsiderationRequested, "Reconsideration asked for", "Gofynnwyd am ailystyried"),
            ((int)CaseEventKind.Types.Value.CeaseNoticeGiven, "Notice of a decision to stop maintaining the IDP given", "Hysbysiad o benderfyniad i roi'r gorau i gynnal y CDU wedi'i roi"),
            ((int)CaseEventKind.Types.Value.S20ReferralReceived, "Referral to an NHS body received", "Atgyfeiriad at gorff GIG wedi dod i law"),
            ((int)CaseEventKind.Types.Value.S65RequestReceived, "Request for help from another body received", "Cais am help gan gorff arall wedi dod i law"),
            ((int)CaseEventKind.Types.Value.TransferRequestReceived, "Request to transfer the IDP received", "Cais i drosglwyddo'r CDU wedi dod i law"),
            ((int)CaseEventKind.Types.Value.ReviewCompleted, "Review of the IDP completed", "Adolygiad o'r CDU wedi'i gwblhau"),
            ((int)CaseEventKind.Types.Value.DisagreementResolutionStarted, "Disagreement resolution started", "Datrys anghytundeb wedi dechrau"),
            ((int)CaseEventKind.Types.Value.TribunalDecisionSent, "Tribunal's decision sent", "Penderfyniad y Tribiwnlys wedi'i anfon"),
            ((int)CaseEventKind.Types.Value.ClockPaused, "Clock paused", "Cloc wedi'i oedi"),
            ((int)CaseEventKind.Types.Value.ClockResumed, "Clock restarted", "Cloc wedi ailddechrau"),
            ((int)CaseEventKind.Types.Value.ResponseGiven, "Reply given", "Ateb wedi'i roi"),
            ((int)CaseEventKind.Types.Value.ReconsiderationDecided, "Reconsideration decided", "Penderfynwyd ar yr ailystyried"),
            ((int)CaseEventKind.Types.Value.AppealLodged, "Appeal made to the Tribunal", "Apêl wedi'i gwneud i'r Tribiwnlys"),
            ((int)CaseEventKind.Types.Value.TribunalReviewRequested, "Review of the Tribunal's decision asked for", "Gofynnwyd am adolygu penderfyniad y Tribiwnlys"),
            ((int)CaseEventKind.Types.Value.DelayBeyondControl, "Delay beyond the body's control recorded", "Oedi y tu hwnt i reolaeth y corff wedi'i gofnodi")),
        [typeof(CalendarKind.Types.Value)] = Values(
            ((int)CalendarKind.Types.Value.SchoolTerms, "school term dates", "dyddiadau tymor ysgol"),
            ((int)CalendarKind.Types.Value.FeiTerms, "the college's term dates", "dyddiadau tymor y coleg"),
            ((int)CalendarKind.Types.Value.BankHolidays, "bank holidays", "gwyliau banc")),
    }.ToFrozenDictionary();

    /// <summary>The further answers a decision may give, by their JSON name on <c>Decision</c>.</summary>
    public static FrozenDictionary<string, LocalisedText> Fields { get; } = new Dictionary<string, LocalisedText>(StringComparer.Ordinal)
    {
        ["responsibleAuthority"] = new("Authority responsible", "Yr awdurdod cyfrifol"),
        ["fundingAuthority"] = new("Authority that pays for the provision", "Yr awdurdod sy'n talu am y ddarpariaeth"),
        ["mayDirectSchool"] = new("The authority may direct the school to maintain the IDP", "Caiff yr awdurdod gyfarwyddo'r ysgol i gynnal y CDU"),
        ["referToAuthority"] = new("The school or college must refer the case to the authority", "Rhaid i'r ysgol neu'r coleg atgyfeirio'r achos at yr awdurdod"),
        ["recoupment"] = new("How costs are recovered between authorities", "Sut yr adenillir costau rhwng awdurdodau"),
        ["consultationRequired"] = new("The school's authority must be consulted first", "Rhaid ymgynghori ag awdurdod yr ysgol yn gyntaf"),
        ["principlesConflict"] = new("The two authorities' principles disagree", "Mae egwyddorion y ddau awdurdod yn anghytuno"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The recoupment codes rule files give.</summary>
    public static FrozenDictionary<string, LocalisedText> Recoupment { get; } = new Dictionary<string, LocalisedText>(StringComparer.Ordinal)
    {
        ["GENERAL_RECOUPMENT_LAW"] = new("Under the general law on recovering costs between authorities", "O dan y gyfraith gyffredinol ar adennill costau rhwng awdurdodau"),
        ["NONE_SCHOOL_BUDGET"] = new("None: the school's budget meets the cost", "Dim: cyllideb yr ysgol sy'n talu'r gost"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a citation's confidence mark says about it; the mark itself is shown too, so nothing rests on colour.</summary>
    public static FrozenDictionary<string, LocalisedText> Confidence { get; } = new Dictionary<string, LocalisedText>(StringComparer.Ordinal)
    {
        ["P"] = new("primary text read", "darllenwyd y testun sylfaenol"),
        ["S"] = new("secondary source citing the law", "ffynhonnell eilaidd sy'n dyfynnu'r gyfraith"),
        ["U"] = new("not confirmed, so configurable", "heb ei gadarnhau, felly gellir ei newid"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words for <paramref name="value"/>; its name where none are declared.</summary>
    public static LocalisedText Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        return Enums.TryGetValue(typeof(TEnum), out var values) && values.TryGetValue(number, out var words)
            ? words
            : new LocalisedText(value.ToString(), value.ToString());
    }

    /// <summary>A further answer's value in words: an authority's name, yes or no, or a recoupment code.</summary>
    public static LocalisedText FieldValue(string value) =>
        Recoupment.TryGetValue(value, out var words) ? words : FactWords.Value(string.Empty, value);

    /// <summary>The confidence mark in words.</summary>
    public static LocalisedText ConfidenceOf(string mark) => Confidence.TryGetValue(mark, out var words) ? words : new LocalisedText(mark, mark);

    private static FrozenDictionary<int, LocalisedText> Values(params (int Number, string En, string Cy)[] values) =>
        values.ToDictionary(v => v.Number, v => new LocalisedText(v.En, v.Cy)).ToFrozenDictionary();
}

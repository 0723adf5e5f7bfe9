using System.Collections.Frozen;
using AlnDecisions.Domain;
using Kind = AlnDecisions.Contract.V1.DecisionKind.Types.Value;

namespace AlnDecisions.Server.Pages.Texts;

/// <summary>
/// Each decision kind's question and each outcome in plain words, in Welsh and English: what a
/// page shows instead of the contract's codes. A consistency test holds every outcome any rule
/// file gives, and every outcome the engine itself gives, to having both texts here.
/// </summary>
internal static class OutcomeWords
{
    /// <summary>The question each kind answers, as a page heading.</summary>
    public static FrozenDictionary<Kind, LocalisedText> Questions { get; } = new Dictionary<Kind, LocalisedText>
    {
        [Kind.AlnDetermination] = new("Does the learner have additional learning needs?", "A oes gan y dysgwr anghenion dysgu ychwanegol?"),
        [Kind.IdpResponsibility] = new("Who prepares and maintains the individual development plan (IDP)?", "Pwy sy'n paratoi ac yn cynnal y cynllun datblygu unigol (CDU)?"),
        [Kind.Post16ReasonableNeeds] = new("Is an IDP necessary for the young person's reasonable needs for education or training?", "A oes angen CDU ar gyfer anghenion rhesymol y person ifanc am addysg neu hyfforddiant?"),
        [Kind.CrossBorder] = new("Who is responsible, and who pays, when the home and the school are in different authorities?", "Pwy sy'n gyfrifol, a phwy sy'n talu, pan fo'r cartref a'r ysgol mewn awdurdodau gwahanol?"),
        [Kind.StatutoryTimescales] = new("Which deadlines does the law set in this case?", "Pa derfynau amser y mae'r gyfraith yn eu gosod yn yr achos hwn?"),
    }.ToFrozenDictionary();

    /// <summary>Every kind's own outcomes, by code.</summary>
    public static FrozenDictionary<Kind, FrozenDictionary<string, LocalisedText>> ByKind { get; } = new Dictionary<Kind, FrozenDictionary<string, LocalisedText>>
    {
        [Kind.AlnDetermination] = Codes(
            ("HAS_ALN", "The learner has additional learning needs", "Mae gan y dysgwr anghenion dysgu ychwanegol"),
            ("NO_ALN", "The learner does not have additional learning needs", "Nid oes gan y dysgwr anghenion dysgu ychwanegol"),
            ("OUT_OF_SCOPE", "Outside the additional learning needs system: the person is 25 or over", "Y tu allan i'r system anghenion dysgu ychwanegol: mae'r person yn 25 oed neu'n hŷn")),
        [Kind.IdpResponsibility] = Codes(
            ("SCHOOL", "The school's governing body prepares and maintains the IDP", "Corff llywodraethu'r ysgol sy'n paratoi ac yn cynnal y CDU"),
            ("FEI", "The further education college prepares and maintains the IDP", "Y coleg addysg bellach sy'n paratoi ac yn cynnal y CDU"),
            ("LOCAL_AUTHORITY", "The local authority prepares and maintains the IDP", "Yr awdurdod lleol sy'n paratoi ac yn cynnal y CDU"),
            ("NOT_APPLICABLE", "The question does not arise for this learner", "Nid yw'r cwestiwn yn codi ar gyfer y dysgwr hwn")),
        [Kind.Post16ReasonableNeeds] = Codes(
            ("IDP_NECESSARY", "An IDP is necessary", "Mae angen CDU"),
            ("IDP_NOT_NECESSARY", "An IDP is not necessary", "Nid oes angen CDU"),
            ("CONSENT_REQUIRED", "The young person's consent is needed first", "Mae angen cydsyniad y person ifanc yn gyntaf"),
            ("NOT_APPLICABLE", "The question does not arise for this learner", "Nid yw'r cwestiwn yn codi ar gyfer y dysgwr hwn")),
        [Kind.CrossBorder] = Codes(
            ("NOT_CROSS_BORDER", "Not a cross-border case", "Nid yw'n achos trawsffiniol"),
            ("HOME_AUTHORITY_RESPONSIBLE", "The authority where the learner lives is responsible", "Yr awdurdod lle mae'r dysgwr yn byw sy'n gyfrifol"),
            ("SCHOOL_AUTHORITY_DIRECTS_ONLY", "The authority that maintains the school may only direct the school", "Dim ond cyfarwyddo'r ysgol y caiff yr awdurdod sy'n cynnal yr ysgol ei wneud"),
            ("LOOKING_AFTER_AUTHORITY_RESPONSIBLE", "The authority looking after the child is responsible", "Yr awdurdod sy'n gofalu am y plentyn sy'n gyfrifol")),
        [Kind.StatutoryTimescales] = Codes(
            ("DEADLINES_COMPUTED", "The deadlines are worked out below", "Mae'r terfynau amser wedi'u cyfrifo isod"),
            ("NO_DEADLINES", "No deadline applies yet", "Nid oes terfyn amser yn berthnasol eto")),
    }.ToFrozenDictionary();

    /// <summary>The outcomes the engine gives whatever the kind (<see cref="Outcome.EngineOutcomes"/>).</summary>
    public static FrozenDictionary<string, LocalisedText> Engine { get; } = Codes(
        (Outcome.MoreInformationNeeded.Code, "Not decided yet: more information is needed", "Heb ei benderfynu eto: mae angen rhagor o wybodaeth"),
        (Outcome.EvaluationError.Code, "No outcome: a rule could not be worked out, and the rules need correcting", "Dim canlyniad: nid oedd modd gweithio rheol allan, ac mae angen cywiro'r rheolau"),
        (Outcome.NoRuleMatched.Code, "No outcome: no rule settled this case, a gap in the rules", "Dim canlyniad: ni setlodd unrhyw reol yr achos hwn, bwlch yn y rheolau"),
        (Outcome.NoRuleSetInForce.Code, "No outcome: no rules were in force on the decision date", "Dim canlyniad: nid oedd rheolau mewn grym ar ddyddiad y penderfyniad"));

    /// <summary>The question <paramref name="kind"/> answers.</summary>
    public static LocalisedText Question(Kind kind) => Questions.TryGetValue(kind, out var question) ? question : new LocalisedText(kind.ToString(), kind.ToString());

    /// <summary>
    /// <paramref name="code"/> of <paramref name="kind"/> in words. A code nothing names (a person
    /// may record any outcome code) is shown as it was recorded.
    /// </summary>
    public static LocalisedText Of(Kind kind, string code) =>
        ByKind.TryGetValue(kind, out var codes) && codes.TryGetValue(code, out var words) ? words
        : Engine.TryGetValue(code, out var engine) ? engine
        : new LocalisedText(code, code);

    /// <summary>Whether <paramref name="code"/> of <paramref name="kind"/> has words here.</summary>
    public static bool Names(Kind kind, string code) =>
        (ByKind.TryGetValue(kind, out var codes) && codes.ContainsKey(code)) || Engine.ContainsKey(code);

    private static FrozenDictionary<string, LocalisedText> Codes(params (string Code, string En, string Cy)[] codes) =>
        codes.ToDictionary(c => c.Code, c => new LocalisedText(c.En, c.Cy), StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
}

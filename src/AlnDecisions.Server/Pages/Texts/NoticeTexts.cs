using AlnDecisions.Domain;

namespace AlnDecisions.Server.Pages.Texts;

/// <summary>
/// The family's notice of a decision: every sentence of it, in Welsh and English, written for a
/// family, and the law each rests on. The Act was read for each right (docs/law/provisions-read.md,
/// "The family's notice"): reconsideration by the local authority of a maintained school's
/// decisions (ss.26, 27, 32 and reg 12), disagreement resolution (s.68), independent advocacy
/// (s.69) and appeal to the Education Tribunal for Wales (s.70, through Explanatory Notes paras 73
/// and 156-159). The time limits are not written here: they are read from the statutory timescales
/// rule set in force on the decision date (rules/national/statutory-timescales.json), the one place
/// the service holds them, so a policy officer changes them there. Placeholders in braces are
/// filled by <see cref="PageTexts.Fill"/>; Welsh sentences put a name after a comma or in
/// apposition, so no mutation is needed.
/// </summary>
internal static class NoticeTexts
{
    public static LocalisedText Title { get; } = new("Notice of a decision about additional learning needs", "Hysbysiad o benderfyniad am anghenion dysgu ychwanegol");

    public static LocalisedText Intro { get; } = new(
        "This notice tells you what has been decided, why, and what you can do if you disagree.",
        "Mae'r hysbysiad hwn yn dweud wrthych beth a benderfynwyd, pam, a beth y gallwch ei wneud os ydych yn anghytuno.");

    public static LocalisedText Languages { get; } = new(
        "This notice is available in Welsh and in English. You can ask for it in either language, and you can reply in either.",
        "Mae'r hysbysiad hwn ar gael yn Gymraeg ac yn Saesneg. Gallwch ofyn amdano yn y naill iaith neu'r llall, a gallwch ymateb yn y naill iaith neu'r llall.");

    public static LocalisedText Draft { get; } = new(
        "Draft: no person has made this decision yet. It shows the recommendation the school, college or local authority is considering. The notice you are given will say what they decided.",
        "Drafft: nid oes unrhyw berson wedi gwneud y penderfyniad hwn eto. Mae'n dangos yr argymhelliad y mae'r ysgol, y coleg neu'r awdurdod lleol yn ei ystyried. Bydd yr hysbysiad a roddir i chi yn dweud beth a benderfynwyd ganddynt.");

    public static LocalisedText WhatWasDecided { get; } = new("What was decided", "Beth a benderfynwyd");

    public static LocalisedText Recommendation { get; } = new("Recommendation (not yet decided by a person)", "Argymhelliad (heb ei benderfynu gan berson eto)");

    public static LocalisedText DecidedByOn { get; } = new("Decided by {role} on {date}.", "Penderfynwyd gan {role} ar {date}.");

    public static LocalisedText Why { get; } = new("Why", "Pam");

    public static LocalisedText WaitingFor { get; } = new(
        "It cannot be decided until these are known:",
        "Ni ellir ei benderfynu nes bod y rhain yn hysbys:");

    public static LocalisedText ReasonGiven { get; } = new("The reason given", "Y rheswm a roddwyd");

    public static LocalisedText WhatNext { get; } = new("What happens next", "Beth sy'n digwydd nesaf");

    public static LocalisedText YourRights { get; } = new("If you disagree: your rights", "Os ydych yn anghytuno: eich hawliau");

    public static LocalisedText AreaAuthority { get; } = new("Your local authority is {areaAuthority}.", "Eich awdurdod lleol yw {areaAuthority}.");

    public static LocalisedText ReconsiderHeading { get; } = new(
        "Asking the local authority to look again at a school's decision",
        "Gofyn i'r awdurdod lleol edrych eto ar benderfyniad ysgol");

    public static LocalisedText Reconsider { get; } = new(
        "If this decision was made by the governing body of a maintained school, you can ask the local authority, {areaAuthority}, to reconsider it. For a decision about whether the learner has additional learning needs, the authority then makes its own decision, which replaces the school's (section 26). You can also ask it to reconsider an IDP the school maintains, and it decides whether to change it (section 27). Before deciding, the authority asks the school for its views.",
        "Os corff llywodraethu ysgol a gynhelir a wnaeth y penderfyniad hwn, gallwch ofyn i'r awdurdod lleol, {areaAuthority}, ei ailystyried. Ar gyfer penderfyniad ynghylch a oes gan y dysgwr anghenion dysgu ychwanegol, bydd yr awdurdod wedyn yn gwneud ei benderfyniad ei hun, a fydd yn disodli penderfyniad yr ysgol (adran 26). Gallwch hefyd ofyn iddo ailystyried CDU y mae'r ysgol yn ei gynnal, a bydd yn penderfynu a ddylid ei newid (adran 27). Cyn penderfynu, bydd yr awdurdod yn gofyn i'r ysgol am ei barn.");

    public static LocalisedText SchoolNotAppealable { get; } = new(
        "A school's decision cannot be appealed to the Tribunal directly; the local authority's decision on your request can be.",
        "Ni ellir apelio'n uniongyrchol i'r Tribiwnlys yn erbyn penderfyniad ysgol; gellir apelio yn erbyn penderfyniad yr awdurdod lleol ar eich cais.");

    public static LocalisedText ReconsiderCease { get; } = new(
        "If a maintained school has decided to stop maintaining an IDP, your request to the local authority to reconsider must be made within {weeks} weeks, beginning the day after the school's notice of that decision (section 32; regulation 12).",
        "Os yw ysgol a gynhelir wedi penderfynu rhoi'r gorau i gynnal CDU, rhaid gwneud eich cais i'r awdurdod lleol ailystyried o fewn {weeks} wythnos, gan ddechrau'r diwrnod ar ôl hysbysiad yr ysgol am y penderfyniad hwnnw (adran 32; rheoliad 12).");

    public static LocalisedText DisagreementHeading { get; } = new("Help to sort out a disagreement", "Help i ddatrys anghytundeb");

    public static LocalisedText Disagreement { get; } = new(
        "The local authority, {areaAuthority}, must have arrangements to help avoid and resolve disagreements about additional learning needs, including help from someone who is independent of both sides. Using them does not affect your right to appeal to the Education Tribunal for Wales (section 68).",
        "Rhaid bod gan yr awdurdod lleol, {areaAuthority}, drefniadau i helpu i osgoi a datrys anghytundebau ynghylch anghenion dysgu ychwanegol, gan gynnwys help gan rywun sy'n annibynnol ar y ddwy ochr. Nid yw eu defnyddio yn effeithio ar eich hawl i apelio i Dribiwnlys Addysg Cymru (adran 68).");

    public static LocalisedText AdvocacyHeading { get; } = new("Independent advocacy", "Eiriolaeth annibynnol");

    public static LocalisedText Advocacy { get; } = new(
        "A child or young person, or a case friend acting for a child, can ask the local authority, {areaAuthority}, for independent advocacy: advice and help, including someone to speak for them, when thinking about an appeal to the Tribunal, making one, or taking part in disagreement resolution. The authority must refer anyone who asks to an independent advocacy service (section 69).",
        "Gall plentyn neu berson ifanc, neu gyfaill achos sy'n gweithredu ar ran plentyn, ofyn i'r awdurdod lleol, {areaAuthority}, am eiriolaeth annibynnol: cyngor a help, gan gynnwys rhywun i siarad ar ei ran, wrth ystyried apêl i'r Tribiwnlys, wrth wneud apêl, neu wrth gymryd rhan mewn trefniadau datrys anghytundebau. Rhaid i'r awdurdod atgyfeirio unrhyw un sy'n gofyn at wasanaeth eiriolaeth annibynnol (adran 69).");

    public static LocalisedText AppealHeading { get; } = new("Appealing to the Education Tribunal for Wales", "Apelio i Dribiwnlys Addysg Cymru");

    public static LocalisedText Appeal { get; } = new(
        "You can appeal to the Education Tribunal for Wales against a decision of a local authority or of a further education college, for example about whether the learner has additional learning needs or about what an IDP contains (section 70). The child, the child's parent or the young person can appeal.",
        "Gallwch apelio i Dribiwnlys Addysg Cymru yn erbyn penderfyniad awdurdod lleol neu goleg addysg bellach, er enghraifft ynghylch a oes gan y dysgwr anghenion dysgu ychwanegol neu ynghylch yr hyn sydd mewn CDU (adran 70). Gall y plentyn, rhiant y plentyn neu'r person ifanc apelio.");

    public static LocalisedText AppealTimeLimit { get; } = new(
        "The Tribunal must receive your appeal by the first working day after the end of {weeks} weeks, beginning with the day you were given notice of the decision and of your right to appeal. If you start disagreement resolution within that time, you have {extendedWeeks} weeks instead. In some cases the Tribunal may accept an appeal made late.",
        "Rhaid i'r Tribiwnlys gael eich apêl erbyn y diwrnod gwaith cyntaf ar ôl diwedd {weeks} wythnos, gan ddechrau gyda'r diwrnod y rhoddwyd hysbysiad i chi o'r penderfyniad ac o'ch hawl i apelio. Os byddwch yn dechrau datrys anghytundeb o fewn yr amser hwnnw, bydd gennych {extendedWeeks} wythnos yn lle hynny. Mewn rhai achosion caiff y Tribiwnlys dderbyn apêl a wneir yn hwyr.");

    public static LocalisedText AppealTimeLimitUnconfirmed { get; } = new(
        "This time limit is not yet confirmed from the Tribunal Regulations themselves; check it with the Education Tribunal for Wales before relying on it.",
        "Nid yw'r terfyn amser hwn wedi'i gadarnhau eto o Reoliadau'r Tribiwnlys eu hunain; gwiriwch ef gyda Thribiwnlys Addysg Cymru cyn dibynnu arno.");

    public static LocalisedText TimeLimitNotHeld { get; } = new(
        "The service holds no time limit for this on the decision date: ask the local authority or the Education Tribunal for Wales.",
        "Nid oes gan y gwasanaeth derfyn amser ar gyfer hyn ar ddyddiad y penderfyniad: gofynnwch i'r awdurdod lleol neu i Dribiwnlys Addysg Cymru.");

    public static LocalisedText ContactsHeading { get; } = new("How to contact the local authority", "Sut i gysylltu â'r awdurdod lleol");

    public static LocalisedText NoContacts { get; } = new(
        "The service holds no contact details of the local authority's own: ask the school or college for them.",
        "Nid oes gan y gwasanaeth fanylion cyswllt yr awdurdod lleol ei hun: gofynnwch i'r ysgol neu'r coleg amdanynt.");

    public static LocalisedText LawHeading { get; } = new("The law this notice relies on", "Y gyfraith y mae'r hysbysiad hwn yn dibynnu arni");

    public static LocalisedText Footer { get; } = new(
        "Made from the decision record exactly as the decision was made. The time limits and the local authority's details are those the service holds for the decision date.",
        "Wedi'i wneud o gofnod y penderfyniad yn union fel y gwnaed y penderfyniad. Y terfynau amser a manylion yr awdurdod lleol yw'r rhai sydd gan y gwasanaeth ar gyfer dyddiad y penderfyniad.");

    /// <summary>The law each statement of the notice rests on, as it was read (docs/law/provisions-read.md).</summary>
    public static IReadOnlyList<(LocalisedText Source, string Confidence)> Law { get; } =
    [
        (new("Additional Learning Needs and Education Tribunal (Wales) Act 2018, s.26(1)-(5): on request the local authority responsible reconsiders a maintained school's decision, or refusal to decide, whether a pupil has ALN; its decision replaces the school's",
            "Deddf Anghenion Dysgu Ychwanegol a'r Tribiwnlys Addysg (Cymru) 2018, adran 26(1)-(5): ar gais, mae'r awdurdod lleol cyfrifol yn ailystyried penderfyniad ysgol a gynhelir, neu wrthodiad i benderfynu, a oes gan ddisgybl ADY; mae ei benderfyniad yn disodli penderfyniad yr ysgol"), "P"),
        (new("The Act, s.27(1)-(7): on request the local authority responsible reconsiders an IDP a maintained school maintains, after inviting the school's representations",
            "Y Ddeddf, adran 27(1)-(7): ar gais, mae'r awdurdod lleol cyfrifol yn ailystyried CDU y mae ysgol a gynhelir yn ei gynnal, ar ôl gwahodd sylwadau'r ysgol"), "P"),
        (new("The Act, s.32(1), and the Additional Learning Needs (Wales) Regulations 2021, reg 12: a request to reconsider a maintained school's decision to cease an IDP is made within four weeks beginning the day after the school's later notice",
            "Y Ddeddf, adran 32(1), a Rheoliadau Anghenion Dysgu Ychwanegol (Cymru) 2021, rheoliad 12: gwneir cais i ailystyried penderfyniad ysgol a gynhelir i roi'r gorau i CDU o fewn pedair wythnos gan ddechrau'r diwrnod ar ôl hysbysiad diweddaraf yr ysgol"), "P"),
        (new("The Act, s.68(1)-(5): the local authority's arrangements for avoiding and resolving disagreements, with access to independent help; they do not affect any right of appeal to the Tribunal",
            "Y Ddeddf, adran 68(1)-(5): trefniadau'r awdurdod lleol ar gyfer osgoi a datrys anghytundebau, gyda mynediad at help annibynnol; nid ydynt yn effeithio ar unrhyw hawl i apelio i'r Tribiwnlys"), "P"),
        (new("The Act, s.69(1)-(3): independent advocacy services for children and young people the authority is responsible for, and their case friends, considering or making an appeal or taking part in the s.68 arrangements",
            "Y Ddeddf, adran 69(1)-(3): gwasanaethau eiriolaeth annibynnol i blant a phobl ifanc y mae'r awdurdod yn gyfrifol amdanynt, a'u cyfeillion achos, wrth ystyried neu wneud apêl neu gymryd rhan yn y trefniadau o dan adran 68"), "P"),
        (new("The Act, s.70, through its Explanatory Notes paras 73 and 156-159: appeals by a child, a child's parent or a young person lie against decisions of local authorities (including their reconsiderations) and of further education colleges, not of maintained schools (the text of s.70 itself was not read)",
            "Y Ddeddf, adran 70, drwy ei Nodiadau Esboniadol paragraffau 73 a 156-159: mae apelau gan blentyn, rhiant plentyn neu berson ifanc yn erbyn penderfyniadau awdurdodau lleol (gan gynnwys eu hailystyriaethau) a cholegau addysg bellach, nid ysgolion a gynhelir (ni ddarllenwyd testun adran 70 ei hun)"), "P"),
        (new("Education Tribunal for Wales Regulations 2021, reg 10 (the period within which an appeal must be made): its text was not read; the period shown is the service's configurable setting in its statutory timescales rules, which report it from the Nodi guide 12.07",
            "Rheoliadau Tribiwnlys Addysg Cymru 2021, rheoliad 10 (y cyfnod y mae'n rhaid gwneud apêl ynddo): ni ddarllenwyd ei destun; y cyfnod a ddangosir yw gosodiad y gwasanaeth, y gellir ei newid, yn ei reolau terfynau amser statudol, sy'n ei adrodd o ganllaw Nodi 12.07"), "U"),
        (new("Education Tribunal for Wales Regulations 2021, reg 14, 'Appeal or claim made out of time' (its heading, on the contents page, was read; its text was not)",
            "Rheoliadau Tribiwnlys Addysg Cymru 2021, rheoliad 14, 'Apêl neu hawliad a wneir y tu allan i'r amser' (darllenwyd ei bennawd, ar y dudalen gynnwys; ni ddarllenwyd ei destun)"), "U"),
    ];
}

using AlnDecisions.Domain;

namespace AlnDecisions.Server.Pages.Texts;

/// <summary>
/// Every string the panel page, the notice's frame and the error pages show, in Welsh and English.
/// Placeholders in braces (<c>{case}</c>) are filled by <see cref="Fill"/>. A consistency test
/// reads every property here by reflection and holds each to a Welsh and an English text with the
/// same placeholders.
/// </summary>
internal static class PageTexts
{
    /// <summary>The skip link, first on every page.</summary>
    public static LocalisedText SkipToContent { get; } = new("Skip to the main content", "Neidio i'r prif gynnwys");

    /// <summary>Names the service in the banner.</summary>
    public static LocalisedText ServiceName { get; } = new("ALN decisions: the decision record", "Penderfyniadau ADY: cofnod y penderfyniad");

    /// <summary>Names the navigation between the page's languages and its other page.</summary>
    public static LocalisedText PageNavigation { get; } = new("This decision's pages and languages", "Tudalennau ac ieithoedd y penderfyniad hwn");

    /// <summary>The switch to the other language, named in that language.</summary>
    public static LocalisedText ReadInOther { get; } = new("Darllenwch y dudalen hon yn Gymraeg", "Read this page in English");

    /// <summary>The link from the panel page to the family's notice.</summary>
    public static LocalisedText NoticeLink { get; } = new("The family's notice of this decision", "Hysbysiad y teulu o'r penderfyniad hwn");

    /// <summary>The link from the notice back to the panel page.</summary>
    public static LocalisedText PanelLink { get; } = new("The panel's page for this decision", "Tudalen y panel ar gyfer y penderfyniad hwn");

    /// <summary>The panel page's title and heading.</summary>
    public static LocalisedText PanelTitle { get; } = new("Decision for case {case}", "Penderfyniad ar gyfer achos {case}");

    /// <summary>Names the facts about the record at the top of a page.</summary>
    public static LocalisedText AboutRecord { get; } = new("About this decision", "Am y penderfyniad hwn");

    public static LocalisedText CaseReference { get; } = new("Case reference", "Cyfeirnod yr achos");

    public static LocalisedText DecisionId { get; } = new("Decision reference", "Cyfeirnod y penderfyniad");

    public static LocalisedText DecisionDate { get; } = new("Decision date", "Dyddiad y penderfyniad");

    public static LocalisedText RecordedAt { get; } = new("Recorded", "Cofnodwyd");

    public static LocalisedText RecordedFor { get; } = new("Recorded for", "Cofnodwyd ar gyfer");

    public static LocalisedText RetainedUntil { get; } = new("Kept until", "Cedwir tan");

    /// <summary>Why each outcome is a recommendation and where the decision a person made is.</summary>
    public static LocalisedText RecommendationNotice { get; } = new(
        "Each outcome below is the service's recommendation. A person at the school, college or local authority makes the decision and may decide otherwise (UK GDPR Article 22); what they decided is shown beside each recommendation.",
        "Argymhelliad y gwasanaeth yw pob canlyniad isod. Person yn yr ysgol, y coleg neu'r awdurdod lleol sy'n gwneud y penderfyniad, a chaiff benderfynu'n wahanol (Erthygl 22 GDPR y DU); dangosir yr hyn a benderfynwyd ganddo wrth ymyl pob argymhelliad.");

    public static LocalisedText Recommended { get; } = new("Recommended outcome", "Y canlyniad a argymhellir");

    public static LocalisedText HumanDecision { get; } = new("Decision by a person", "Penderfyniad gan berson");

    public static LocalisedText NoHumanDecision { get; } = new(
        "No decision by a person is recorded yet: this is a recommendation only.",
        "Nid oes penderfyniad gan berson wedi'i gofnodi eto: argymhelliad yn unig yw hwn.");

    public static LocalisedText Decided { get; } = new("Decided", "Penderfynwyd");

    public static LocalisedText FollowsRecommendation { get; } = new("Follows the recommendation", "Yn dilyn yr argymhelliad");

    public static LocalisedText DoesNotFollow { get; } = new("Does not follow the recommendation", "Nid yw'n dilyn yr argymhelliad");

    public static LocalisedText Reason { get; } = new("Reason", "Rheswm");

    public static LocalisedText Translation { get; } = new("Translation", "Cyfieithiad");

    public static LocalisedText DecidedBy { get; } = new("Decided by (role)", "Penderfynwyd gan (rôl)");

    public static LocalisedText DecidedOn { get; } = new("Decided on", "Dyddiad y penderfyniad");

    public static LocalisedText Stands { get; } = new("This decision stands.", "Mae'r penderfyniad hwn yn sefyll.");

    public static LocalisedText Superseded { get; } = new("Replaced by a later decision.", "Disodlwyd gan benderfyniad diweddarach.");

    public static LocalisedText SettledBy { get; } = new("Why: the rule that settled it", "Pam: y rheol a'i setlodd");

    public static LocalisedText NoRuleSettled { get; } = new("No rule settled this outcome.", "Ni setlodd unrhyw reol y canlyniad hwn.");

    public static LocalisedText RuleSource { get; } = new(
        "From {layer}: rule set {ruleSet}, version {version}; rule reference {rule}.",
        "O {layer}: set reolau {ruleSet}, fersiwn {version}; cyfeirnod y rheol {rule}.");

    public static LocalisedText PrinciplesCompared { get; } = new("The two authorities' principles", "Egwyddorion y ddau awdurdod");

    public static LocalisedText UnderPrinciplesOf { get; } = new("Under the principles of {authority}: {outcome}", "O dan egwyddorion {authority}: {outcome}");

    public static LocalisedText FurtherAnswers { get; } = new("Further answers", "Atebion pellach");

    public static LocalisedText FactsUsed { get; } = new("Facts used", "Y ffeithiau a ddefnyddiwyd");

    public static LocalisedText Fact { get; } = new("Fact", "Ffaith");

    public static LocalisedText Value { get; } = new("Value", "Gwerth");

    public static LocalisedText NoFacts { get; } = new("No facts were read.", "Ni ddarllenwyd unrhyw ffeithiau.");

    public static LocalisedText Missing { get; } = new("What was missing", "Beth oedd ar goll");

    public static LocalisedText NothingMissing { get; } = new(
        "Nothing: every fact this outcome depends on was given.",
        "Dim: rhoddwyd pob ffaith y mae'r canlyniad hwn yn dibynnu arni.");

    public static LocalisedText FieldNeeds { get; } = new(
        "{field}: left unset until these are known: {facts}.",
        "{field}: heb ei osod nes bod y rhain yn hysbys: {facts}.");

    public static LocalisedText MissingSchoolTerms { get; } = new("School term dates of {authority} for {year}", "Dyddiadau tymor ysgol {authority} ar gyfer {year}");

    public static LocalisedText MissingSettingTerms { get; } = new("The setting's own calendar ({reference}) for {year}", "Calendr y lleoliad ei hun ({reference}) ar gyfer {year}");

    public static LocalisedText MissingFeiTerms { get; } = new("The college's term dates for {year}", "Dyddiadau tymor y coleg ar gyfer {year}");

    public static LocalisedText MissingBankHolidays { get; } = new("Bank holidays for {year}", "Gwyliau banc ar gyfer {year}");

    public static LocalisedText MissingRuleSet { get; } = new(
        "Rules for this question ({authority}) in force on {date}",
        "Rheolau ar gyfer y cwestiwn hwn ({authority}) mewn grym ar {date}");

    public static LocalisedText WhatWouldChange { get; } = new("What would change the outcome", "Beth fyddai'n newid y canlyniad");

    public static LocalisedText ChangesIntro { get; } = new(
        "The smallest changes, of one fact and then of two, that would give a different outcome:",
        "Y newidiadau lleiaf, i un ffaith ac yna i ddwy, a fyddai'n rhoi canlyniad gwahanol:");

    public static LocalisedText Change { get; } = new("Change", "Newid");

    public static LocalisedText OutcomeItWouldGive { get; } = new("Outcome it would give", "Y canlyniad a fyddai'n dilyn");

    public static LocalisedText FactChange { get; } = new("{fact}: {to} instead of {from}", "{fact}: {to} yn lle {from}");

    public static LocalisedText And { get; } = new("and", "a");

    public static LocalisedText NoChanges { get; } = new(
        "No change of one or two of the facts the rules read would change this outcome.",
        "Ni fyddai newid un neu ddwy o'r ffeithiau y mae'r rheolau'n eu darllen yn newid y canlyniad hwn.");

    public static LocalisedText Searched { get; } = new(
        "Found by deciding the case again {decisions} times with other values of the {facts} facts its rules read that can take a set of values (yes, no, not known, or a code).",
        "Canfuwyd drwy benderfynu'r achos eto {decisions} o weithiau gyda gwerthoedd eraill i'r {facts} ffaith y mae ei reolau'n eu darllen sy'n gallu cymryd set o werthoedd (ie, na, ddim yn hysbys, neu god).");

    public static LocalisedText Bounded { get; } = new(
        "The search stopped at its limit ({maxFacts} facts, {maxDecisions} decisions), so there may be other changes.",
        "Daeth y chwilio i ben wrth ei derfyn ({maxFacts} ffaith, {maxDecisions} penderfyniad), felly efallai fod newidiadau eraill.");

    public static LocalisedText SameRules { get; } = new(
        "Worked out with the same rule sets this decision was made with (their versions and SHA-256 hashes match the record).",
        "Wedi'i gyfrifo gyda'r un setiau rheolau ag y gwnaed y penderfyniad hwn gyda hwy (mae eu fersiynau a'u stwnshiau SHA-256 yn cyfateb i'r cofnod).");

    public static LocalisedText ChangedRules { get; } = new(
        "The rules have changed since this decision was made, so this is worked out with the rules in force now, not those recorded. Decided now, the unchanged case would give: {outcome}.",
        "Mae'r rheolau wedi newid ers gwneud y penderfyniad hwn, felly mae hyn wedi'i gyfrifo gyda'r rheolau sydd mewn grym nawr, nid y rhai a gofnodwyd. O'i benderfynu nawr, byddai'r achos heb ei newid yn rhoi: {outcome}.");

    public static LocalisedText ChangesUnavailable { get; } = new(
        "This cannot be worked out: the recorded request is not one the rules in force now can decide.",
        "Ni ellir cyfrifo hyn: nid yw'r cais a gofnodwyd yn un y gall y rheolau sydd mewn grym nawr ei benderfynu.");

    public static LocalisedText Deadlines { get; } = new("Deadlines", "Terfynau amser");

    public static LocalisedText Step { get; } = new("Step", "Cam");

    public static LocalisedText StartedBy { get; } = new("Started by", "Dechreuwyd gan");

    public static LocalisedText Period { get; } = new("Period", "Cyfnod");

    public static LocalisedText Due { get; } = new("Due", "Erbyn");

    public static LocalisedText Status { get; } = new("Status", "Statws");

    public static LocalisedText PeriodLength { get; } = new("{length} {basis}", "{length} {basis}");

    public static LocalisedText PausedFor { get; } = new("paused for {days} days", "wedi'i oedi am {days} diwrnod");

    public static LocalisedText NotDueWhilePaused { get; } = new("not set while the clock is paused", "heb ei osod tra bo'r cloc wedi'i oedi");

    public static LocalisedText NoDeadlines { get; } = new("No deadline has started.", "Nid oes terfyn amser wedi dechrau.");

    public static LocalisedText NextSteps { get; } = new("Next steps for the family", "Camau nesaf i'r teulu");

    public static LocalisedText None { get; } = new("None.", "Dim.");

    public static LocalisedText Citations { get; } = new("The law and sources cited", "Y gyfraith a'r ffynonellau a ddyfynnwyd");

    public static LocalisedText ConfidenceMark { get; } = new("confidence {mark}: {meaning}", "hyder {mark}: {meaning}");

    public static LocalisedText RuleSets { get; } = new("Rule sets used", "Y setiau rheolau a ddefnyddiwyd");

    public static LocalisedText RuleSet { get; } = new("Rule set", "Set reolau");

    public static LocalisedText Version { get; } = new("Version", "Fersiwn");

    public static LocalisedText Layer { get; } = new("Layer", "Haen");

    public static LocalisedText Hash { get; } = new("SHA-256 hash", "Stwnsh SHA-256");

    public static LocalisedText PanelFooter { get; } = new(
        "Shown from the decision record exactly as the decision was made. Nothing on this page is decided again, except the search for what would change the outcome.",
        "Dangosir o gofnod y penderfyniad yn union fel y gwnaed y penderfyniad. Nid oes dim ar y dudalen hon yn cael ei benderfynu eto, ac eithrio'r chwilio am yr hyn a fyddai'n newid y canlyniad.");

    public static LocalisedText ErrorTitleBadRequest { get; } = new("This address is not right", "Nid yw'r cyfeiriad hwn yn gywir");

    public static LocalisedText ErrorTitleUnauthenticated { get; } = new("Sign-in needed", "Mae angen mewngofnodi");

    public static LocalisedText ErrorTitleForbidden { get; } = new("Not allowed", "Dim caniatâd");

    public static LocalisedText ErrorTitleNotFound { get; } = new("Decision not found", "Heb ddod o hyd i'r penderfyniad");

    public static LocalisedText ErrorTitleUnavailable { get; } = new("Not available just now", "Ddim ar gael ar hyn o bryd");

    public static LocalisedText ErrorTitleFailed { get; } = new("Something went wrong", "Aeth rhywbeth o'i le");

    public static LocalisedText MalformedId { get; } = new(
        "A decision reference is the 26-character code (a ULID) that the decision's response gave as its decisionId.",
        "Cyfeirnod penderfyniad yw'r cod 26 nod (ULID) a roddodd ymateb y penderfyniad fel ei decisionId.");

    public static LocalisedText BadLanguage { get; } = new("The parameter lang must be {values}.", "Rhaid i'r paramedr lang fod yn {values}.");

    public static LocalisedText UnknownParameter { get; } = new(
        "This page takes only the parameter lang, once.",
        "Dim ond y paramedr lang, unwaith, y mae'r dudalen hon yn ei dderbyn.");

    public static LocalisedText Unauthenticated { get; } = new(
        "This page needs a bearer token from the service's issuer. Open it through your organisation's sign-in, which adds the token to every request it passes on.",
        "Mae angen tocyn cludwr gan gyhoeddwr y gwasanaeth ar y dudalen hon. Agorwch hi drwy fewngofnodi eich sefydliad, sy'n ychwanegu'r tocyn at bob cais y mae'n ei drosglwyddo.");

    public static LocalisedText Forbidden { get; } = new(
        "Your role or your authority does not allow you to see this decision: only its own authority's MIS and panel may.",
        "Nid yw eich rôl na'ch awdurdod yn caniatáu i chi weld y penderfyniad hwn: dim ond MIS a phanel ei awdurdod ei hun a gaiff.");

    public static LocalisedText NotFound { get; } = new(
        "No decision with this reference is recorded: it was never made, or it has been erased, or it is past its authority's retention period.",
        "Nid oes penderfyniad â'r cyfeirnod hwn wedi'i gofnodi: ni chafodd ei wneud, neu mae wedi'i ddileu, neu mae wedi mynd heibio i gyfnod cadw ei awdurdod.");

    public static LocalisedText Unavailable { get; } = new(
        "The decision record cannot be read just now. Try again in a few moments.",
        "Ni ellir darllen cofnod y penderfyniad ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig.");

    public static LocalisedText NotRecording { get; } = new(
        "This service does not record decisions, so there is no decision to show.",
        "Nid yw'r gwasanaeth hwn yn cofnodi penderfyniadau, felly nid oes penderfyniad i'w ddangos.");

    public static LocalisedText Failed { get; } = new(
        "The page could not be shown. The failure is logged; try again, and if it goes on, tell the service's operators.",
        "Nid oedd modd dangos y dudalen. Mae'r methiant wedi'i gofnodi; rhowch gynnig arall arni, ac os yw'n parhau, rhowch wybod i weithredwyr y gwasanaeth.");

    /// <summary>
    /// <paramref name="text"/> with each <c>{name}</c> replaced by its value. Values are put in as
    /// they are: the page's markup encodes them.
    /// </summary>
    public static string Fill(string text, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}

using AlnDecisions.Domain;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>One rule of a rule set, as its file states it.</summary>
/// <param name="Name">Unique within the rule set; the id explanations show.</param>
/// <param name="Expression">A RulesEngine lambda expression over the facts (learner.*, age.*, decision.*, aln.*, idp.*).</param>
/// <param name="Outcome">The outcome this rule gives when it is the first to pass.</param>
/// <param name="Citations">The law or published principle behind it.</param>
/// <param name="Text">What the rule means, in English and Welsh.</param>
/// <param name="NextSteps">What the family can do when this rule decides.</param>
/// <param name="MissingFacts">Facts to report as needed when this rule decides (for rules whose
/// outcome is itself MORE_INFORMATION_NEEDED), by proto3 JSON name.</param>
/// <param name="Line">Where the rule starts in its file.</param>
/// <param name="Fields">Further answers the rule gives when it decides.</param>
/// <param name="ExpressionAt">Where the expression's text starts in the file (line, column), so a problem inside it points at its place.</param>
/// <param name="Timescale">For STATUTORY_TIMESCALES rules: the timescale itself.</param>
/// <param name="Considers">Facts shown in the rule's reason beside those it reads, without taking part in its evaluation:
/// the factors a provision asks the authority to take into account (e.g. Sch 1 para 1), whose conclusion the rule reads.</param>
public sealed record RuleDefinition(
    string Name,
    string Expression,
    Outcome Outcome,
    IReadOnlyList<Citation> Citations,
    LocalisedText Text,
    IReadOnlyList<LocalisedText> NextSteps,
    IReadOnlyList<string> MissingFacts,
    int Line,
    IReadOnlyDictionary<DecisionField, AnswerSource> Fields,
    SourcePosition ExpressionAt,
    TimescaleDefinition? Timescale = null,
    IReadOnlyList<string>? Considers = null);

using AlnDecisions.Domain;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>Where a rule's further answer comes from: written in the rule, or the value of a fact.</summary>
public abstract record AnswerSource
{
    private AnswerSource()
    {
    }

    /// <summary>The answer as the rule file writes it.</summary>
    public sealed record Given(FieldAnswer Answer) : AnswerSource
    {
        /// <inheritdoc />
        public override string ToString() => Answer.ToString()!;
    }

    /// <summary>The value of a fact (e.g. <c>learner.lookingAfterAuthority</c>), known only when the case gives it.</summary>
    public sealed record FromFact(string Path) : AnswerSource
    {
        /// <inheritdoc />
        public override string ToString() => Path;
    }
}

namespace AlnDecisions.Contract;

/// <summary>How much of a decision's explanation a response carries (the contract's DecisionView).</summary>
public enum ResponseView
{
    /// <summary>Every rule's reason: what panels read.</summary>
    Full,

    /// <summary>Outcomes, answers, deadlines, what is missing, the deciding rule, summary and next steps: what bulk MIS calls need.</summary>
    Basic,
}

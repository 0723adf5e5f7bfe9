namespace AlnDecisions.Server.Recording;

/// <summary>
/// Whether the host records decisions (section <c>DecisionRecord</c>). Where and how they are
/// recorded is the store's own section, <c>DecisionStore</c> (<see cref="Store.Configuration.DecisionStoreOptions"/>).
/// </summary>
public sealed class DecisionRecordOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "DecisionRecord";

    /// <summary>
    /// Record every decision before answering it. Default: true. False answers without a record: it
    /// exists to measure what recording costs, on one machine, and the host refuses it on any address
    /// but loopback, because a decision about a child that nobody can look at again is not one to give.
    /// </summary>
    public bool Enabled { get; set; } = true;
}

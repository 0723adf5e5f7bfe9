namespace AlnDecisions.Store;

/// <summary>Counters since the store was opened: how well group commit batches, and how often it refused.</summary>
/// <param name="AppendsCommitted">Records made durable.</param>
/// <param name="Transactions">Transactions that committed appends (one per batch).</param>
/// <param name="LargestBatch">The most records one transaction committed.</param>
/// <param name="AppendsRefused">Appends failed with <see cref="DecisionStoreUnavailableException"/>.</param>
public sealed record DecisionStoreStatistics(long AppendsCommitted, long Transactions, int LargestBatch, long AppendsRefused);

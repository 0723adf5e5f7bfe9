namespace AlnDecisions.Contract;

/// <summary>One fact given a different value: by its proto3 JSON path, what it was and what it is tried as ("unknown" for unset).</summary>
public sealed record FactChange(string Fact, string From, string To);

namespace AlnDecisions.Contract;

/// <summary>One thing wrong with a request, naming the field by its proto3 JSON path.</summary>
/// <param name="Field">e.g. <c>learner.dateOfBirth</c>.</param>
/// <param name="Description">What is wrong and what is accepted.</param>
public sealed record FieldViolation(string Field, string Description);

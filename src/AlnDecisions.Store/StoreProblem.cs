namespace AlnDecisions.Store;

/// <summary>One thing wrong with a caller's input, with the field it is about.</summary>
/// <param name="Field">The field, by its camelCase name (dotted for nested fields), e.g. <c>reason.text</c>.</param>
/// <param name="Code">The stable code.</param>
/// <param name="Message">A sentence for the caller; never contains case facts.</param>
public sealed record StoreProblem(string Field, StoreProblemCode Code, string Message);

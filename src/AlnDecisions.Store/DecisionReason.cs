namespace AlnDecisions.Store;

/// <summary>Why the responsible body decided as it did, in the language it was written, with an optional translation.</summary>
/// <param name="Text">The reason as written.</param>
/// <param name="Language">The language <paramref name="Text"/> is in.</param>
/// <param name="Translation">The reason in the other language, if one was made.</param>
public sealed record DecisionReason(string Text, ReasonLanguage Language, string? Translation = null);

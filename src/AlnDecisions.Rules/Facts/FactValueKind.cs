namespace AlnDecisions.Rules.Facts;

/// <summary>
/// How an unknown fact's possible values are found: booleans and enums list them; a text or a whole
/// number takes the values an expression can tell apart (its literals, the other facts it compares
/// with, and one value equal to none of them); anything else cannot be tried.
/// </summary>
internal enum FactValueKind
{
    Other,
    Text,
    WholeNumber,
}

namespace AlnDecisions.Domain;

/// <summary>
/// The names a rule's texts may leave to the case: <c>{areaAuthority}</c> (the authority in whose
/// area the learner is) and <c>{responsibleAuthority}</c> (the one the decision names). In Welsh a
/// name after a preposition that mutates takes the soft mutation, so a rule file writes
/// "Rhaid i {areaAuthority} ddarparu" and the family reads "Rhaid i Gyngor Gwynedd ddarparu".
/// </summary>
public static class AuthorityPlaceholders
{
    /// <summary>The area authority's placeholder.</summary>
    public const string Area = "{areaAuthority}";

    /// <summary>The responsible authority's placeholder.</summary>
    public const string Responsible = "{responsibleAuthority}";

    /// <summary>Whether <paramref name="text"/> names an authority to fill in.</summary>
    public static bool AreIn(LocalisedText text) =>
        text.En.Contains('{', StringComparison.Ordinal) || text.Cy.Contains('{', StringComparison.Ordinal);

    /// <summary><paramref name="text"/> with both placeholders replaced by the authorities' names.</summary>
    public static LocalisedText Fill(LocalisedText text, string area, string responsible)
    {
        if (!AreIn(text))
        {
            return text;
        }

        var areaName = AuthorityNames.Of(area);
        var responsibleName = AuthorityNames.Of(responsible);
        return new LocalisedText(
            text.En.Replace(Area, areaName.En, StringComparison.Ordinal).Replace(Responsible, responsibleName.En, StringComparison.Ordinal),
            Welsh(Welsh(text.Cy, Area, areaName.Cy), Responsible, responsibleName.Cy));
    }

    private static string Welsh(string text, string placeholder, string name)
    {
        var at = text.IndexOf(placeholder, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var filled = new System.Text.StringBuilder(text.Length + name.Length);
        var from = 0;
        for (; at >= 0; at = text.IndexOf(placeholder, from, StringComparison.Ordinal))
        {
            filled.Append(text, from, at - from).Append(WelshMutation.SoftMutatingPrepositions.Contains(WordBefore(text, at)) ? WelshMutation.SoftMutate(name) : name);
            from = at + placeholder.Length;
        }

        return filled.Append(text, from, text.Length - from).ToString();
    }

    private static string WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }
}

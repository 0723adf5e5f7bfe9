using System.Text;

namespace AlnDecisions.Contract.Facts;

/// <summary>
/// A bad value as an error may quote it: short, with control and bidirectional characters escaped,
/// so an error can neither grow with the input nor rewrite how a log or a screen shows it.
/// </summary>
internal static class Excerpt
{
    private const int Longest = 32;

    public static string Of(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, Longest) + 8);
        foreach (var rune in value.EnumerateRunes())
        {
            if (builder.Length >= Longest)
            {
                builder.Append('…');
                break;
            }

            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format)
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}

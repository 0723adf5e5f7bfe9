using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AlnDecisions.Pages.Tests.Infrastructure;

/// <summary>Checks a PDF Chromium printed: a PDF, every page A4 (595.28 x 841.89 points).</summary>
internal static partial class PdfCheck
{
    public static void ShouldBeA4(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text.Should().StartWith("%PDF-");
        var boxes = MediaBox().Matches(text);
        boxes.Should().NotBeEmpty("every page of a PDF has a MediaBox");
        foreach (Match box in boxes)
        {
            double.Parse(box.Groups["w"].Value, CultureInfo.InvariantCulture).Should().BeApproximately(595.28, 1.5);
            double.Parse(box.Groups["h"].Value, CultureInfo.InvariantCulture).Should().BeApproximately(841.89, 1.5);
        }
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[\d.]+)\s+(?<h>[\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}

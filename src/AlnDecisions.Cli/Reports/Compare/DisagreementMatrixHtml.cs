using System.Globalization;
using System.Net;
using System.Text;
using AlnDecisions.Cli.Hosting;
using AuthorityNames = AlnDecisions.Domain.AuthorityNames;

namespace AlnDecisions.Cli.Reports.Compare;

/// <summary>
/// The comparison as a page a person would rather read: a 22 × 22 disagreement matrix drawn as
/// inline SVG (darker means more cases decided differently; neighbours outlined), each cell linking
/// to the pair's section with the principles responsible and example cases. No JavaScript: tooltips
/// are SVG titles and navigation is plain links.
/// </summary>
internal static class DisagreementMatrixHtml
{
    private const int Cell = 26;
    private const int Label = 165;

    private const string Style = """
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; max-width: 70rem; }
            h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; }
            table { border-collapse: collapse; margin: 0.5rem 0; } td, th { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
            .pair { border-top: 2px solid #ddd; padding-top: 0.5rem; } .neighbours { font-weight: bold; color: #7a2a00; }
            code { font-size: 0.9em; }
            </style>
            """;

    public static string Render(AuthorityComparison comparison, Language lang)
    {
        var inv = CultureInfo.InvariantCulture;
        var authorities = comparison.Authorities;
        var byPair = comparison.Pairs.ToDictionary(p => (p.First, p.Second));
        PairDisagreement PairOf(string a, string b) => byPair.TryGetValue((a, b), out var p) ? p : byPair[(b, a)];
        var max = Math.Max(1, comparison.Pairs.Max(p => p.Differing));
        string Name(string code) => WebUtility.HtmlEncode(lang.Of(new Contract.V1.LocalisedText { En = AuthorityNames.Of(code).En, Cy = AuthorityNames.Of(code).Cy }));
        string Anchor(PairDisagreement p) => $"pair-{p.First}-{p.Second}";
        string Short(string code) => WebUtility.HtmlEncode(ShortName(lang.Of(new Contract.V1.LocalisedText { En = AuthorityNames.Of(code).En, Cy = AuthorityNames.Of(code).Cy })));

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{(lang == Language.Cy ? "cy" : "en")}}">
            <head>
            <meta charset="utf-8">
            <title>{{lang.Say("Where the 22 authorities decide differently", "Lle mae'r 22 awdurdod yn penderfynu'n wahanol")}}</title>
            {{Style}}
            </head>
            <body>
            <h1>{{lang.Say("Where the 22 authorities decide differently", "Lle mae'r 22 awdurdod yn penderfynu'n wahanol")}}</h1>
            <p>{{WebUtility.HtmlEncode(lang.Say(
                $"{comparison.Cases} cases ({comparison.Caseload}) were each decided in all 22 authorities. A cell shows how many cases the two authorities decide differently; neighbouring authorities are outlined. Choose a cell for the principles responsible and example cases.",
                $"Penderfynwyd {comparison.Cases} achos ({comparison.Caseload}) ym mhob un o'r 22 awdurdod. Mae pob cell yn dangos sawl achos y mae'r ddau awdurdod yn eu penderfynu'n wahanol; amlinellir awdurdodau cyfagos. Dewiswch gell i weld yr egwyddorion sy'n gyfrifol ac achosion enghreifftiol."))}}</p>

            """);
        if (comparison.FactsVaried.Count > 0)
        {
            html.Append(inv, $"<p>{lang.Say("Facts varied", "Ffeithiau a amrywiwyd")}: {string.Join(", ", comparison.FactsVaried.Select(f => $"<code>{WebUtility.HtmlEncode(f)}</code>"))}</p>\n");
        }

        var size = Label + (authorities.Count * Cell) + 10;
        var width = size + 110;
        html.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{size}\" viewBox=\"0 0 {width} {size}\" role=\"img\" aria-label=\"{lang.Say("Disagreement matrix", "Matrics anghytuno")}\">\n");
        for (var i = 0; i < authorities.Count; i++)
        {
            var y = Label + (i * Cell);
            html.Append(inv, $"<text x=\"{Label - 6}\" y=\"{y + (Cell * 0.7):0}\" text-anchor=\"end\" font-size=\"12\">{Short(authorities[i])}</text>\n");
            html.Append(inv, $"<text transform=\"translate({y + (Cell * 0.7):0},{Label - 6}) rotate(-60)\" font-size=\"12\">{Short(authorities[i])}</text>\n");
        }

        for (var i = 0; i < authorities.Count; i++)
        {
            for (var j = 0; j < authorities.Count; j++)
            {
                var (x, y) = (Label + (j * Cell), Label + (i * Cell));
                if (i == j)
                {
                    html.Append(inv, $"<rect x=\"{x}\" y=\"{y}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"#e8e8e8\" stroke=\"#fff\"/>\n");
                    continue;
                }

                var pair = PairOf(authorities[i], authorities[j]);
                var share = (double)pair.Differing / max;
                var colour = pair.Differing == 0 ? "#f7fbff" : $"rgb({(int)(255 - (share * 200))},{(int)(235 - (share * 190))},{(int)(220 - (share * 200))})";
                var stroke = pair.Neighbours ? "stroke=\"#7a2a00\" stroke-width=\"2\"" : "stroke=\"#fff\"";
                var title = WebUtility.HtmlEncode(lang.Say(
                    $"{AuthorityNames.Of(authorities[i]).En} and {AuthorityNames.Of(authorities[j]).En}: {pair.Differing} of {pair.Compared} decisions differ{(pair.Neighbours ? " (neighbours)" : string.Empty)}",
                    $"{AuthorityNames.Of(authorities[i]).Cy} a {AuthorityNames.Of(authorities[j]).Cy}: {pair.Differing} o {pair.Compared} penderfyniad yn wahanol{(pair.Neighbours ? " (cymdogion)" : string.Empty)}"));
                var rect = $"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{Cell - 2}\" height=\"{Cell - 2}\" fill=\"{colour}\" {stroke}><title>{title}</title></rect>";
                html.Append(pair.Differing > 0 ? $"<a href=\"#{Anchor(pair)}\">{rect}</a>\n" : rect + "\n");
                if (pair.Differing > 0)
                {
                    html.Append(inv, $"<text x=\"{x + (Cell / 2)}\" y=\"{y + (Cell * 0.68):0}\" text-anchor=\"middle\" font-size=\"9\" fill=\"{(share > 0.5 ? "#fff" : "#000")}\" pointer-events=\"none\">{pair.Differing}</text>\n");
                }
            }
        }

        html.Append("</svg>\n");

        if (comparison.AlikeGroups.Any(g => g.Count > 1))
        {
            html.Append(inv, $"<h2>{lang.Say("Authorities that decide every case alike", "Awdurdodau sy'n penderfynu pob achos yr un fath")}</h2>\n<ul>\n");
            foreach (var group in comparison.AlikeGroups.Where(g => g.Count > 1))
            {
                html.Append(inv, $"<li>{string.Join(", ", group.Select(Name))}</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append(inv, $"<h2>{lang.Say("Pairs that decide differently (neighbours first)", "Parau sy'n penderfynu'n wahanol (cymdogion yn gyntaf)")}</h2>\n");
        foreach (var pair in comparison.Pairs.Where(p => p.Differing > 0))
        {
            html.Append(inv, $"<section class=\"pair\" id=\"{Anchor(pair)}\">\n<h3>{Name(pair.First)} · {Name(pair.Second)}{(pair.Neighbours ? $" <span class=\"neighbours\">({lang.Say("neighbours", "cymdogion")})</span>" : string.Empty)}</h3>\n");
            html.Append(inv, $"<p>{lang.Say($"{pair.Differing} of {pair.Compared} decisions differ.", $"Mae {pair.Differing} o {pair.Compared} penderfyniad yn wahanol.")}</p>\n");
            html.Append(inv, $"<table><tr><th>{lang.Say("kind", "math")}</th><th>{Name(pair.First)}</th><th>{Name(pair.Second)}</th><th>{lang.Say("cases", "achosion")}</th></tr>\n");
            foreach (var principle in pair.Principles)
            {
                html.Append(inv, $"<tr><td>{principle.Kind}</td><td>{Describe(principle.First)}</td><td>{Describe(principle.Second)}</td><td>{principle.Cases}</td></tr>\n");
            }

            html.Append("</table>\n");
            html.Append(inv, $"<p>{lang.Say("Example cases", "Achosion enghreifftiol")}:</p>\n<ul>\n");
            foreach (var example in pair.Examples)
            {
                html.Append(inv, $"<li><code>{WebUtility.HtmlEncode(example)}</code></li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    // "Carmarthenshire County Council" → "Carmarthenshire", "Cyngor Sir Gâr" → "Sir Gâr": labels that fit a matrix.
    private static string ShortName(string name)
    {
        foreach (var part in new[] { " County Borough Council", " County Council", " City Council", " Council", "City and County of ", "Cyngor Bwrdeistref Sirol ", "Cyngor Dinas ", "Dinas a Sir ", "Cyngor " })
        {
            name = name.Replace(part, string.Empty, StringComparison.Ordinal);
        }

        return name;
    }

    private static string Describe(AuthorityAnswer answer) =>
        $"<b>{WebUtility.HtmlEncode(answer.Outcome)}</b><br><code>{WebUtility.HtmlEncode(answer.Rule)}</code> ({WebUtility.HtmlEncode(answer.Layer)})" +
        (answer.Fields.Length > 0 ? $"<br><small>{WebUtility.HtmlEncode(answer.Fields)}</small>" : string.Empty);
}

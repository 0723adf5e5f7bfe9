using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace AlnDecisions.Server.Pages;

/// <summary>
/// The pages' one stylesheet (Pages/pages.css, embedded), inlined in each page so that a page saved
/// or printed to PDF is whole. The Content-Security-Policy allows exactly this stylesheet, by hash,
/// and no script at all.
/// </summary>
internal static class PageStyle
{
    static PageStyle()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("AlnDecisions.Server.Pages.pages.css")
            ?? throw new InvalidOperationException("Pages/pages.css is not embedded in the server assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Css = reader.ReadToEnd();
        ContentSecurityPolicy =
            $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    public static string Css { get; }

    public static string ContentSecurityPolicy { get; }
}

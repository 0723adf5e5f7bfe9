namespace AlnDecisions.Pages.Tests.Infrastructure;

/// <summary>
/// Where the browser tests leave their screenshots and PDFs: ALN_PAGES_ARTIFACTS, or
/// <c>artifacts/</c> beside the test binaries (tests/AlnDecisions.Pages.Tests/bin/Debug/net10.0/artifacts).
/// </summary>
internal static class Artifacts
{
    public static string Directory { get; } = Create();

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    private static string Create()
    {
        var directory = Environment.GetEnvironmentVariable("ALN_PAGES_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "artifacts");
        System.IO.Directory.CreateDirectory(directory);
        return Path.GetFullPath(directory);
    }
}

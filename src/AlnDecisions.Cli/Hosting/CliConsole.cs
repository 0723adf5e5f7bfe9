namespace AlnDecisions.Cli.Hosting;

/// <summary>Where aln-rules writes, and whether a person is watching (progress is for terminals only).</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Failures, warnings and progress.</param>
/// <param name="Interactive">True when neither output is redirected: only then is progress shown.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    /// <summary>A progress line for a run of <paramref name="total"/> items (total 0 when unknown); silent unless interactive.</summary>
    public Progress StartProgress(string label, long total) => new(Interactive ? Error : null, label, total);
}

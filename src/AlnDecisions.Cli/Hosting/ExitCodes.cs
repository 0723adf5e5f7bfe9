namespace AlnDecisions.Cli.Hosting;

/// <summary>What aln-rules exits with; scripts and CI read these, so they never change meaning.</summary>
public static class ExitCodes
{
    /// <summary>Done, and nothing was found that needs attention.</summary>
    public const int Ok = 0;

    /// <summary>The check found something: rule problems, changed outcomes, failing scenarios, coverage below the minimum.</summary>
    public const int Findings = 1;

    /// <summary>The command line is wrong: unknown command, option or argument, or a bad value.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be used: a missing or unreadable file or directory, JSON that is not a case, rules that do not load.</summary>
    public const int BadInput = 3;

    /// <summary>aln-rules itself failed; the one-line message names the error.</summary>
    public const int Internal = 70;
}

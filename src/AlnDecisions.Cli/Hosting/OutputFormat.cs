namespace AlnDecisions.Cli.Hosting;

/// <summary>How results are written (<c>--format text|json</c>).</summary>
public enum OutputFormat
{
    /// <summary>For a person: words and aligned lists.</summary>
    Text,

    /// <summary>For a program: one JSON document on standard output.</summary>
    Json,
}

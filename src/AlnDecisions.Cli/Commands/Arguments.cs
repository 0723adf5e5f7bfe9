namespace AlnDecisions.Cli.Commands;

/// <summary>Positional arguments and --name value options.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options;

    private Arguments(IReadOnlyList<string> positional, Dictionary<string, string> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    public static Arguments Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Length)
                {
                    throw new UsageException($"{args[i]} needs a value");
                }

                options[args[i][2..]] = args[++i];
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return new Arguments(positional, options);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);
}

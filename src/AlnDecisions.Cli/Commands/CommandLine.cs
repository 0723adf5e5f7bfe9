namespace AlnDecisions.Cli.Commands;

/// <summary>Dispatches <c>aln-rules &lt;command&gt;</c>. Exit codes: 0 success, 1 problems found, 2 usage error.</summary>
public static class CommandLine
{
    public const string Usage = """
        aln-rules — tools for AlnDecisions rule sets

        usage:
          aln-rules validate [rules-dir]                      check every rule file; exit 1 on any problem
          aln-rules decide --case FILE.json [--rules DIR]     decide a DecisionRequest (proto3 JSON); print the DecisionResponse
          aln-rules test [features-dir] [--filter TEXT]       run the Gherkin scenarios; ends with "N passed, N failed"
          aln-rules steps                                     list every step a scenario can use

        Directories default to rules/ and features/ of the repository around the current directory.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            return args[0] switch
            {
                "validate" => await ValidateCommand.RunAsync(Arguments.Parse(args[1..]), output),
                "decide" => await DecideCommand.RunAsync(Arguments.Parse(args[1..]), output, error),
                "test" => await TestCommand.RunAsync(Arguments.Parse(args[1..]), output),
                "steps" => StepsCommand.Run(output),
                _ => await UsageError(error, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException ex)
        {
            return await UsageError(error, ex.Message);
        }
        catch (DirectoryNotFoundException ex)
        {
            await error.WriteLineAsync($"aln-rules: {ex.Message}");
            return 2;
        }
    }

    private static async Task<int> UsageError(TextWriter error, string message)
    {
        await error.WriteLineAsync($"aln-rules: {message}");
        await error.WriteLineAsync(Usage);
        return 2;
    }
}

using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using AlnDecisions.Cli.Commands;

namespace AlnDecisions.Cli.Hosting;

/// <summary>
/// The command line: every command, parsed by System.CommandLine, with one place that turns any
/// failure into one line on standard error and an exit code (<see cref="ExitCodes"/>).
/// </summary>
public static partial class AlnRules
{
    /// <summary>Runs <c>aln-rules</c> with <paramref name="args"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = new RootCommand("aln-rules: tools for AlnDecisions rule sets and scenarios. Exit codes: 0 done, 1 findings, 2 usage, 3 bad input, 70 internal error.")
        {
            ValidateCommand.Build(console),
            DecideCommand.Build(console),
            ExplainCommand.Build(console),
            DiffCommand.Build(console),
            ReplayCommand.Build(console),
            CompareAuthoritiesCommand.Build(console),
            CoverageCommand.Build(console),
            TestCommand.Build(console),
            StepsCommand.Build(console),
            GenerateCaseloadCommand.Build(console),
        };

        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
            {
                var command = string.Join(' ', parse.CommandResult.Command.Name == root.Name ? [] : new[] { parse.CommandResult.Command.Name });
                var where = command.Length == 0 ? "aln-rules" : $"aln-rules {command}";
                await console.Error.WriteLineAsync($"{where}: {string.Join("; ", parse.Errors.Select(e => Plain(e.Message)))} (see '{where} --help')");
                return ExitCodes.Usage;
            }

            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CommandFailedException failure)
        {
            await console.Error.WriteLineAsync($"aln-rules: {OneLine(failure.Message)}");
            return failure.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("aln-rules: cancelled");
            return ExitCodes.Internal;
        }
        catch (Exception ex)
        {
            // The last resort: still one line, naming what failed, never a stack trace.
            await console.Error.WriteLineAsync($"aln-rules: internal error: {ex.GetType().Name}: {OneLine(ex.Message)}");
            return ExitCodes.Internal;
        }
    }

    // System.CommandLine says "Unrecognized command or argument '--rule'." for a misspelt option too.
    private static string Plain(string message)
    {
        var match = Unrecognised().Match(message);
        var text = !match.Success ? message
            : match.Groups[1].Value.StartsWith('-') ? $"unknown option '{match.Groups[1].Value}'"
            : $"unexpected argument '{match.Groups[1].Value}'";
        return OneLine(text).TrimEnd('.');
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.?$")]
    private static partial Regex Unrecognised();

    /// <summary>Folds a multi-line message (System.CommandLine lists allowed values on lines of their own) onto one line.</summary>
    internal static string OneLine(string message) => Whitespace().Replace(message, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

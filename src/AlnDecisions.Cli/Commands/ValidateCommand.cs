using AlnDecisions.Contract.Facts;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules validate [dir]</c>: loads every rule file as the server would and prints every problem.</summary>
internal static class ValidateCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter output)
    {
        var directory = RepositoryPaths.Rules(args.Positional.FirstOrDefault());
        using var registry = await RuleSetRegistry.LoadAsync(directory, ContractFacts.Schema);
        var catalog = registry.Current;
        var problems = catalog.Problems.ToArray();
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        await output.WriteLineAsync(problems.Length == 0
            ? $"{catalog.RuleSets.Count} rule-set versions in {catalog.Files.Count} files: all valid"
            : $"{problems.Length} problem(s) in {catalog.Files.Count(f => f.RejectedEdit.Count > 0)} of {catalog.Files.Count} files");
        return problems.Length == 0 ? 0 : 1;
    }
}

using AlnDecisions.Cli.Scenarios;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules steps</c>: the step vocabulary a tester can use.</summary>
internal static class StepsCommand
{
    public static int Run(TextWriter output)
    {
        foreach (var step in StepLibrary.Default.KnownSteps)
        {
            output.WriteLine(step);
        }

        return 0;
    }
}

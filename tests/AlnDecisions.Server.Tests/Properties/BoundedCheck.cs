using CsCheck;

namespace AlnDecisions.Server.Tests.Properties;

/// <summary>
/// Runs a property over a fixed number of cases drawn from one fixed seed, so every run tries the
/// same inputs and takes the same bounded time. CsCheck's own Sample seeds only its first
/// iteration; here each case's seed is derived from the last, and a failing case is handed to
/// CsCheck with its seed so it shrinks the input to a small one before reporting.
/// </summary>
internal static class BoundedCheck
{
    public static async Task CheckAsync<T>(this Gen<T> gen, Func<T, Task> property, int cases, ulong seed, Func<T, string>? print = null)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < cases; i++)
        {
            var caseSeed = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await property(value);
            }
            catch (Exception first)
            {
                // Shrinks from the failing seed; when it throws, its report names the smallest input found.
                await gen.SampleAsync(property, seed: caseSeed, iter: 200, time: 10, threads: 1, print: print);
                throw new InvalidOperationException($"case {i} of {cases} (CsCheck seed {caseSeed}) failed: {(print ?? (v => v?.ToString() ?? "null"))(value)}", first);
            }
        }
    }

    public static Task CheckAsync<T>(this Gen<T> gen, Action<T> property, int cases, ulong seed, Func<T, string>? print = null) =>
        gen.CheckAsync(value => { property(value); return Task.CompletedTask; }, cases, seed, print);
}

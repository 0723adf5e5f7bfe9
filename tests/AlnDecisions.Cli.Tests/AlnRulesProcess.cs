using System.Diagnostics;
using System.Reflection;

namespace AlnDecisions.Cli.Tests;

/// <summary>What one run of aln-rules did.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the built aln-rules assembly as a separate process, from the repository root, with both outputs redirected.</summary>
public static class AlnRulesProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    private static readonly string Assembly = typeof(AlnRulesProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "AlnRules").Value!;

    public static async Task<CliRun> RunAsync(params string[] args) => await RunInAsync(RepositoryRoot, args);

    /// <summary>Runs with <paramref name="environment"/> added, as configuration is given to the host.</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        await RunInAsync(RepositoryRoot, environment, args);

    public static async Task<CliRun> RunInAsync(string workingDirectory, params string[] args) =>
        await RunInAsync(workingDirectory, new Dictionary<string, string>(), args);

    private static async Task<CliRun> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        File.Exists(Assembly).Should().BeTrue($"the test build builds aln-rules at {Assembly}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliRun(process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlnDecisions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("no AlnDecisions.sln above the test assembly");
    }
}

/// <summary>A temporary directory, deleted afterwards; optionally a copy of the repository's rules/.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aln-rules-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative, string? content = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        if (content is not null)
        {
            System.IO.File.WriteAllText(full, content);
        }

        return full;
    }

    /// <summary>Copies rules/ to <c>{Path}/{name}</c> and returns it.</summary>
    public string CopyOfRules(string name = "rules")
    {
        var target = System.IO.Path.Combine(Path, name);
        var source = System.IO.Path.Combine(AlnRulesProcess.RepositoryRoot, "rules");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            System.IO.File.Copy(file, to);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the OS.
        }
    }
}

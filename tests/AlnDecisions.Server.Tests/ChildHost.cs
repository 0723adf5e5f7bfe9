using System.Diagnostics;
using System.Net;
using System.Text;
using AlnDecisions.Contract.V1;
using Grpc.Net.Client;

namespace AlnDecisions.Server.Tests;

/// <summary>
/// The real host as a process of its own, started as a deployment starts it (<c>dotnet
/// AlnDecisions.Server.dll</c>) on two free loopback ports: for tests that kill it with SIGKILL, run
/// two that share nothing but their database or their rules directory, or edit its rules under
/// load. Ready once <c>/health/ready</c> answers 200.
/// </summary>
public sealed class ChildHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildHost(Process process, int grpcPort, int httpPort)
    {
        _process = process;
        GrpcPort = grpcPort;
        HttpPort = httpPort;
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
    }

    /// <summary>The server the test project was built with (a project reference copies it beside the tests).</summary>
    public static string ServerAssembly => Path.Combine(AppContext.BaseDirectory, "AlnDecisions.Server.dll");

    public int GrpcPort { get; }

    public int HttpPort { get; }

    public GrpcChannel Channel { get; }

    public HttpClient Http { get; }

    public DecisionService.DecisionServiceClient Client => new(Channel);

    /// <summary>What the process wrote to stdout and stderr so far, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the host in <paramref name="workingDirectory"/> with <paramref name="arguments"/> after the ports and rules, and waits until it is ready.</summary>
    public static async Task<ChildHost> StartAsync(string workingDirectory, IEnumerable<string> arguments)
    {
        Directory.CreateDirectory(workingDirectory);
        var grpcPort = LoopbackServer.FreePort();
        var httpPort = LoopbackServer.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] all =
        [
            ServerAssembly,
            $"--Service:GrpcPort={grpcPort}", $"--Service:HttpPort={httpPort}",
            $"--RuleSets:Directory={RepositoryPaths.Rules}", "--RuleSets:Watch=false",
            "--Logging:LogLevel:Default=Warning",
            // These hosts are driven hard by one caller; the rate limit has tests of its own.
            "--RateLimits:TokenLimit=1000000", "--RateLimits:TokensPerPeriod=1000000",
            .. arguments,
        ];
        foreach (var argument in all)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = new Process { StartInfo = start };
        var host = new ChildHost(process, grpcPort, httpPort);
        process.OutputDataReceived += (_, line) => host.Append(line.Data);
        process.ErrorDataReceived += (_, line) => host.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>The rule-set listing's entry for <paramref name="id"/>: the version this host serves.</summary>
    public async Task<RuleSetInfo> RuleSetAsync(string id) =>
        (await Client.ListRuleSetsAsync(new ListRuleSetsRequest(), deadline: DateTime.UtcNow.AddSeconds(10))).RuleSets.Single(r => r.Id == id);

    /// <summary>SIGKILL: no shutdown, no flush, no disposal; whatever the process had not made durable is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var ready = await Http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the host was not ready within {StartTimeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

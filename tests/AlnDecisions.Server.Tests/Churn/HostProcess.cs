using System.Diagnostics;
using System.Text;
using AlnDecisions.Contract.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace AlnDecisions.Server.Tests.Churn;

/// <summary>
/// The service as its own process (the host the test project builds beside itself, run with
/// <c>dotnet AlnDecisions.Server.dll</c>), on two free loopback ports over a given rules directory.
/// Disposing kills that one process, by its id.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, int grpcPort, int httpPort)
    {
        _process = process;
        GrpcPort = grpcPort;
        HttpPort = httpPort;
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
    }

    public int GrpcPort { get; }

    public int HttpPort { get; }

    public GrpcChannel Channel { get; }

    public DecisionService.DecisionServiceClient Client => new(Channel);

    /// <summary>What the process wrote, for a failing test's message.</summary>
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

    public static async Task<HostProcess> StartAsync(string rulesDirectory)
    {
        int grpcPort = LoopbackServer.FreePort(), httpPort = LoopbackServer.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "AlnDecisions.Server.dll"),
            $"--Service:GrpcPort={grpcPort}", $"--Service:HttpPort={httpPort}", $"--RuleSets:Directory={rulesDirectory}",
            "--RuleSets:DebounceMilliseconds=100", "--RateLimits:TokenLimit=1000000", "--RateLimits:TokensPerPeriod=1000000",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the host process did not start");
        var host = new HostProcess(process, grpcPort, httpPort);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilServingAsync();
        return host;
    }

    /// <summary>The rule-set listing, for the version each host serves.</summary>
    public async Task<RuleSetInfo> RuleSetAsync(string id) =>
        (await Client.ListRuleSetsAsync(new ListRuleSetsRequest(), deadline: DateTime.UtcNow.AddSeconds(10))).RuleSets.Single(r => r.Id == id);

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilServingAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with {_process.ExitCode}: {Output}");
            }

            try
            {
                await Client.ListRuleSetsAsync(new ListRuleSetsRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                return;
            }
            catch (RpcException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(200);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

using System.Net;
using System.Net.Sockets;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Hosting;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;

namespace AlnDecisions.Server.Tests;

/// <summary>
/// The real server, started the way Program starts it, listening on two free loopback ports, over
/// its own copy of rules/ so tests may edit rule files while it runs, recording decisions in an
/// SQLite file in a data directory of its own. Subclasses add configuration
/// (authentication, limits, telemetry exporters) through <see cref="Arguments"/> and <see cref="Configure"/>.
/// </summary>
public class LoopbackServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The host's services, for a test that must read what the host holds (telemetry providers, endpoints).</summary>
    public IServiceProvider Services => _app!.Services;

    public string RulesDirectory { get; } = Path.Combine(Path.GetTempPath(), "aln-server-rules-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where this host's decision record lives (DecisionStore:DataDirectory).</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "aln-server-data-" + Guid.NewGuid().ToString("N"));

    public int GrpcPort { get; } = FreePort();

    public int HttpPort { get; } = FreePort();

    public GrpcChannel Channel { get; private set; } = null!;

    public DecisionService.DecisionServiceClient Client => new(Channel);

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        CopyDirectory(RepositoryPaths.Rules, RulesDirectory);
        _app = await AlnDecisionsHost.BuildAsync(
            [
                $"--Service:GrpcPort={GrpcPort}",
                $"--Service:HttpPort={HttpPort}",
                $"--RuleSets:Directory={RulesDirectory}",
                $"--DecisionStore:DataDirectory={DataDirectory}",
                "--RuleSets:DebounceMilliseconds=50",
                "--Logging:LogLevel:Default=Warning",
                .. Arguments(),
            ],
            Configure);
        await _app.StartAsync();
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
        Http.BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}");
    }

    /// <summary>More command-line configuration, after (so overriding) the defaults above.</summary>
    protected virtual IEnumerable<string> Arguments() => [];

    /// <summary>Changes to the builder before the host's services are built.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        foreach (var directory in new[] { RulesDirectory, DataDirectory })
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
            catch (IOException)
            {
            }
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LoopbackServerCollection : ICollectionFixture<LoopbackServer>
{
    public const string Name = "loopback server";
}

using System.Diagnostics;
using AlnDecisions.Server.Hosting;
using AlnDecisions.Server.Security;
using Microsoft.Extensions.Logging;

namespace AlnDecisions.Server.Tests;

/// <summary>What the host agrees to start with, and what it says when it does.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "aln-startup-data-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.0.2.10")]
    public async Task BuildAsync_NonLoopbackWithoutAuthentication_RefusesToStart(string address)
    {
        var act = () => AlnDecisionsHost.BuildAsync([$"--Service:BindAddress={address}", .. Ports()]);

        var refused = (await act.Should().ThrowAsync<RefusedToStartException>()).Which;
        refused.Message.Should().Contain("not loopback").And.Contain("Authentication:Mode=Jwt").And.Contain("127.0.0.1");
    }

    [Theory]
    [InlineData("--Authentication:Jwt:Issuer=", "Issuer")]
    [InlineData("--Authentication:Jwt:SigningKeys:0:Symmetric=c2hvcnQ=", "at least 32")]
    [InlineData("--Authentication:Jwt:SigningKeys:0:Symmetric=not base64!", "not base64")]
    [InlineData("--Authentication:Jwt:SigningKeys:0:Id=", "Id is empty")]
    public async Task BuildAsync_JwtConfiguredBadly_RefusesSayingWhat(string badSetting, string message)
    {
        using var tokens = new TestTokens();

        var act = () => AlnDecisionsHost.BuildAsync([.. tokens.HostArguments(), badSetting, .. Ports()]);

        (await act.Should().ThrowAsync<RefusedToStartException>()).Which.Message.Should().Contain(message);
    }

    [Fact]
    public async Task BuildAsync_CertificateFileMissing_RefusesNamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "aln-no-such-certificate.crt");

        var act = () => AlnDecisionsHost.BuildAsync([$"--Tls:CertificatePath={missing}", .. Ports()]);

        (await act.Should().ThrowAsync<RefusedToStartException>()).Which.Message.Should().Contain(missing);
    }

    [Fact]
    public async Task BuildAsync_NonLoopbackWithJwt_Builds()
    {
        using var tokens = new TestTokens();

        // Built, not started: nothing listens beyond loopback in a test.
        await using var app = await AlnDecisionsHost.BuildAsync([.. tokens.HostArguments(), "--Service:BindAddress=0.0.0.0", .. Ports()]);

        app.Should().NotBeNull();
    }

    [Fact]
    public async Task StartAsync_LoopbackWithoutAuthentication_WarnsThatAuthenticationIsOff()
    {
        var logs = new LogCapture();
        await using var app = await AlnDecisionsHost.BuildAsync([.. Ports(), "--RuleSets:Watch=false"], builder => builder.Logging.ClearProviders().AddProvider(logs));

        await app.StartAsync();
        await app.StopAsync();

        logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Warning && e.EventId.Id == 2100)
            .Which.Message.Should().Contain("Authentication is off").And.Contain("127.0.0.1");
    }

    [Fact]
    public async Task Program_NonLoopbackWithoutAuthentication_ExitsNonZeroWithTheMessageAndNoStackTrace()
    {
        var server = Path.Combine(AppContext.BaseDirectory, "AlnDecisions.Server.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        string[] arguments = [server, "--Service:BindAddress=0.0.0.0", .. Ports()];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(78);
        (await stderr).Should().Contain("Refusing to start").And.NotContain("   at ").And.NotContain("Exception");
        (await stdout).Should().NotContain("Now listening");
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private string[] Ports() =>
    [
        $"--Service:GrpcPort={LoopbackServer.FreePort()}", $"--Service:HttpPort={LoopbackServer.FreePort()}", $"--RuleSets:Directory={RepositoryPaths.Rules}",
        $"--DecisionStore:DataDirectory={_data}",
    ];
}

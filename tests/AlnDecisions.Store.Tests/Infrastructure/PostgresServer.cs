using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AlnDecisions.Store.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server of the test run's own: Debian's <c>initdb</c> and <c>pg_ctl</c>, a
/// cluster in a temporary directory, a free loopback port and the unix socket in that directory.
/// PostgreSQL refuses to run as root, so as root (CI) the binaries run as user <c>postgres</c>.
/// Started once per run (a collection fixture); each test gets a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Set to a directory holding initdb and pg_ctl to use binaries from somewhere else.</summary>
    public const string BinDirectoryVariable = "ALN_PG_BIN";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "aln-store-pg-" + Guid.NewGuid().ToString("N"));
    private string _bin = string.Empty;

    public int Port { get; } = FreePort();

    /// <summary>The cluster's data directory (readable by the test as root, to look at the files a copier would get).</summary>
    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>Unpooled: the outage test restarts the server, and a pooled connection would outlive it broken.</summary>
    public string AdminConnectionString => ConnectionString("postgres") + ";Pooling=false";

    public async Task InitializeAsync()
    {
        _bin = FindBinDirectory();
        Directory.CreateDirectory(_root);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", _root], asPostgres: false);
        }

        await RunAsync(Path.Combine(_bin, "initdb"),
            ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], asPostgres: true);
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            await StopAsync(immediate: false);
        }
        finally
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Starts the server and waits until it accepts connections (after crash recovery, if it was stopped immediately).</summary>
    public Task StartAsync() => RunAsync(Path.Combine(_bin, "pg_ctl"),
        ["-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
         "-o", $"-c listen_addresses=127.0.0.1 -c port={Port} -c unix_socket_directories={_root} -c fsync=on -c max_connections=200",
         "start"], asPostgres: true);

    /// <summary>Stops the server: <paramref name="immediate"/> is a crash (no checkpoint; recovery on the next start).</summary>
    public Task StopAsync(bool immediate) => RunAsync(Path.Combine(_bin, "pg_ctl"),
        ["-D", DataDirectory, "-m", immediate ? "immediate" : "fast", "-w", "-t", "60", "stop"], asPostgres: true);

    /// <summary>A new, empty database on this server; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "store_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Timeout = 5,
    }.ToString();

    /// <summary>Where Debian puts the server binaries: /usr/lib/postgresql/&lt;version&gt;/bin (newest version first).</summary>
    public static string FindBinDirectory() =>
        FindBinDirectory(Environment.GetEnvironmentVariable(BinDirectoryVariable), "/usr/lib/postgresql");

    internal static string FindBinDirectory(string? configured, string debianRoot)
    {
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        var found = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(c => File.Exists(Path.Combine(c.Dir, "initdb")) && File.Exists(Path.Combine(c.Dir, "pg_ctl")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Dir)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "The PostgreSQL store tests need a PostgreSQL server's initdb and pg_ctl, looked for in /usr/lib/postgresql/<version>/bin. " +
            "Install them with `apt-get install -y postgresql` (./scripts/install-test-prerequisites.sh does this; ./scripts/test.sh runs it first), " +
            $"or set {BinDirectoryVariable} to the directory that holds them.");
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _root,
        };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} did not finish in {CommandTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await stdout}\n{await stderr}" +
                (File.Exists(log) ? "\nserver.log:\n" + string.Join('\n', File.ReadLines(log).TakeLast(30)) : string.Empty));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

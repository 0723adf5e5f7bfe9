using System.Net;
using AlnDecisions.Server.Hosting;
using AlnDecisions.Server.Security;
using AlnDecisions.Store;
using AlnDecisions.Store.Configuration;
using AlnDecisions.Store.Retention;
using Microsoft.Extensions.Options;

namespace AlnDecisions.Server.Recording;

/// <summary>
/// Wires the decision record into the host: the store (section <c>DecisionStore</c>; by default an
/// SQLite file under <c>data/</c> where the service starts, created on first start), its start-up
/// (the schema is migrated before the host listens) and its retention job. The container disposes
/// the store after Kestrel has stopped and drained, so every call still in flight gets its record
/// committed before the database closes.
/// </summary>
internal static partial class DecisionRecordSetup
{
    public static void AddAlnDecisionRecord(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        var record = configuration.GetSection(DecisionRecordOptions.Section).Get<DecisionRecordOptions>() ?? new DecisionRecordOptions();
        services.AddSingleton<DecisionRecorder>();
        if (!record.Enabled)
        {
            var bindAddress = configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>()?.BindAddress ?? new ServiceOptions().BindAddress;
            if (!IPAddress.TryParse(bindAddress, out var address) || !IPAddress.IsLoopback(address))
            {
                throw new RefusedToStartException(
                    $"Refusing to start: DecisionRecord:Enabled is false and Service:BindAddress is {bindAddress}, which is not loopback. " +
                    "Without the record nobody can look at a decision again or record the decision a person made on it; " +
                    "turning it off is for measuring its cost on one machine. Remove DecisionRecord:Enabled, or bind to 127.0.0.1.");
            }

            return;
        }

        var options = configuration.GetSection(DecisionStoreOptions.Section).Get<DecisionStoreOptions>() ?? new DecisionStoreOptions();
        var problems = DecisionStoreOptionsValidator.Problems(options);
        if (problems.Count > 0)
        {
            throw new RefusedToStartException($"Refusing to start: the decision record's configuration is not usable. {string.Join(" ", problems)}");
        }

        services.AddOptions<DecisionStoreOptions>().BindConfiguration(DecisionStoreOptions.Section);
        services.AddSingleton<IValidateOptions<DecisionStoreOptions>, DecisionStoreOptionsValidator>();
        services.AddSingleton(provider => new DecisionStore(
            provider.GetRequiredService<IOptions<DecisionStoreOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<DecisionStore>>()));
        services.AddHostedService<DecisionStoreStartup>();
        services.AddHostedService<DecisionRetentionService>();
        services.AddSingleton<DecisionRecords>();
        services.AddHealthChecks().AddCheck<DecisionRecordHealthCheck>(DecisionRecordHealthCheck.Name, tags: [HealthTags.Ready]);
    }

    /// <summary>Says where decisions are recorded, or, at Warning, that they are not.</summary>
    public static void UseAlnDecisionRecord(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AlnDecisions.Server.Recording");
        if (app.Services.GetService<DecisionStore>() is null)
        {
            LogNotRecording(logger);
            return;
        }

        var options = app.Services.GetRequiredService<IOptions<DecisionStoreOptions>>().Value;
        if (options.Backend == DecisionStoreBackend.Sqlite)
        {
            var path = Path.Combine(Path.GetFullPath(options.DataDirectory), options.SqliteFileName);
            LogRecordingSqlite(logger, path);
        }
        else if (options.Backend == DecisionStoreBackend.PostgreSql)
        {
            // Never the connection string: it may hold a password.
            LogRecordingPostgres(logger);
        }
    }

    [LoggerMessage(EventId = 2310, Level = LogLevel.Information, Message = "Recording every decision before it is answered, in SQLite at {Path}")]
    private static partial void LogRecordingSqlite(ILogger logger, string path);

    [LoggerMessage(EventId = 2311, Level = LogLevel.Information, Message = "Recording every decision before it is answered, in PostgreSQL (DecisionStore:PostgreSqlConnectionString)")]
    private static partial void LogRecordingPostgres(ILogger logger);

    [LoggerMessage(EventId = 2312, Level = LogLevel.Warning, Message = "Decisions are NOT recorded (DecisionRecord:Enabled=false): answers cannot be looked at again and no human decision can be recorded on them. For measurement on loopback only.")]
    private static partial void LogNotRecording(ILogger logger);
}

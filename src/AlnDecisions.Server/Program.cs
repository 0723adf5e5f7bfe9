using AlnDecisions.Server.Hosting;
using AlnDecisions.Server.Security;
using AlnDecisions.Store;

try
{
    var app = await AlnDecisionsHost.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (RefusedToStartException refused)
{
    // A configuration the host will not run with: say what to change, without a stack trace.
    await Console.Error.WriteLineAsync(refused.Message);
    return 78; // EX_CONFIG
}
catch (DecisionStoreUnavailableException unavailable)
{
    // The service never answers a decision it cannot record, so it does not start without its record.
    await Console.Error.WriteLineAsync($"Refusing to start: the decision record cannot be opened ({unavailable.Message} {unavailable.InnerException?.Message}). Check DecisionStore:DataDirectory or DecisionStore:PostgreSqlConnectionString.");
    return 69; // EX_UNAVAILABLE
}
catch (InvalidDataException unreadable)
{
    // The store's own key file is damaged: the records sealed with it cannot be read, so say which file, not how it failed.
    await Console.Error.WriteLineAsync($"Refusing to start: {unreadable.Message} Restore it from a backup, or configure DecisionStore:Encryption:Keys.");
    return 78; // EX_CONFIG
}

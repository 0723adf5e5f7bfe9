using AlnDecisions.Server.Hosting;
using AlnDecisions.Server.Security;

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

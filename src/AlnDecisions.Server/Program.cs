using AlnDecisions.Server.Hosting;

var app = await AlnDecisionsHost.BuildAsync(args);
await app.RunAsync();

using Microsoft.Extensions.Hosting;

namespace AlnDecisions.Store;

/// <summary>
/// Opens the store (and migrates its schema) when the host starts, so a bad connection string or an
/// unreachable database shows at start-up rather than on the first decision. It does not close the
/// store on stop: the container disposes it after the server has stopped taking requests, so
/// in-flight decisions still get recorded.
/// </summary>
public sealed class DecisionStoreStartup(DecisionStore store) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => store.StartAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

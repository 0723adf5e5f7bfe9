using AlnDecisions.Rules.Catalog;
using Microsoft.Extensions.Options;

namespace AlnDecisions.Server.Hosting;

/// <summary>Starts watching rules/ when the host starts and stops when it stops.</summary>
internal sealed class RuleSetHostedWatcher(RuleSetRegistry registry, IOptions<RuleSetOptions> options, ILogger<RuleSetWatcher> logger) : IHostedService, IDisposable
{
    private RuleSetWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Watch)
        {
            _watcher = new RuleSetWatcher(registry, TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds), logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _watcher = null;
    }
}

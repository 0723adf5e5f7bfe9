using AlnDecisions.Rules.Catalog;
using Microsoft.Extensions.Logging;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Reloads the registry when files under the rules directory change. Bursts of file events (an
/// editor's save is often several) are folded into one reload after the directory goes quiet.
/// </summary>
internal sealed partial class RuleSetWatcher : IDisposable
{
    private readonly RuleSetRegistry _registry;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly TimeSpan _quiet;
    private readonly ILogger _logger;

    public RuleSetWatcher(RuleSetRegistry registry, TimeSpan quiet, ILogger logger)
    {
        _registry = registry;
        _quiet = quiet;
        _logger = logger;
        _debounce = new Timer(_ => _ = ReloadAsync(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(registry.Current.Directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, e) => { LogWatchError(_logger, e.GetException()); Schedule(); };
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _debounce.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Schedule();

    private void Schedule() => _debounce.Change(_quiet, Timeout.InfiniteTimeSpan);

    private async Task ReloadAsync()
    {
        try
        {
            await _registry.ReloadAsync();
        }
        catch (Exception ex)
        {
            // A reload must never take the host down; the current catalog keeps serving.
            LogWatchError(_logger, ex);
        }
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Watching the rules directory failed; will retry on the next change")]
    private static partial void LogWatchError(ILogger logger, Exception exception);
}

using AlnDecisions.Contract.Facts;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Server.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlnDecisions.Server.Tests;

public sealed class RuleSetWatcherTests
{
    [Fact]
    public async Task Watcher_FileEdited_ReloadsWithoutBeingAsked()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aln-watch-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(directory, "national", "aln-determination.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var original = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Rules, "national", "aln-determination.json"));
        await File.WriteAllTextAsync(file, original);
        try
        {
            using var registry = await RuleSetRegistry.LoadAsync(directory, ContractFacts.Schema);
            var reloaded = new TaskCompletionSource<RuleSetCatalog>(TaskCreationOptions.RunContinuationsAsynchronously);
            registry.Reloaded += catalog => reloaded.TrySetResult(catalog);
            using var watcher = new RuleSetWatcher(registry, TimeSpan.FromMilliseconds(50), NullLogger.Instance);

            await File.WriteAllTextAsync(file, original.Replace("\"version\": \"2021-09-01\"", "\"version\": \"2021-09-01-edited\"", StringComparison.Ordinal));

            var catalog = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
            catalog.RuleSets.Single().Version.Should().Be("2021-09-01-edited");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

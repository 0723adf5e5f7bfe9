using System.Globalization;
using System.Runtime.CompilerServices;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Contract.V1;
using AlnDecisions.Store;
using AlnDecisions.Store.Configuration;
using Google.Protobuf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AlnDecisions.Cli.Reports.Replay;

/// <summary>
/// The decision record as replay's source: every recorded request, newest first, each pinned to
/// the decision date it was decided on (a request that gave none was decided "today", and today
/// has moved since). <c>--store</c> names an SQLite data directory or database file as the host
/// writes it (its generated key file beside it), or an Npgsql connection string; keys configured
/// for the host are read from the same environment variables
/// (<c>DecisionStore__Encryption__ActiveKeyId</c>, <c>DecisionStore__Encryption__Keys__&lt;id&gt;</c>).
/// </summary>
/// <remarks>
/// The recorded response is not the baseline: it was decided under the rules in force then, so
/// comparing the candidate with it would charge the candidate with every change published since.
/// The rules in force now answer each request too, which is also what lets
/// <see cref="ChangeImpact"/> skip the cases nothing in the candidate can reach.
/// </remarks>
internal sealed class DecisionRecordSource : IRecordedDecisions
{
    private const int PageSize = DecisionQuery.MaxPageSize;
    private readonly DecisionStoreOptions _options;

    private DecisionRecordSource(DecisionStoreOptions options, string description)
    {
        _options = options;
        Description = description;
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <summary>The record <paramref name="store"/> names; refuses one that does not exist rather than creating an empty one.</summary>
    public static DecisionRecordSource Open(string store)
    {
        var options = new DecisionStoreOptions();
        new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(DecisionStoreOptions.Section).Bind(options);

        // A connection string has key=value pairs; a path never needs '='.
        if (store.Contains('=', StringComparison.Ordinal))
        {
            options.Backend = DecisionStoreBackend.PostgreSql;
            options.PostgreSqlConnectionString = store;
            return new DecisionRecordSource(options, "decision record (PostgreSQL)");
        }

        var path = Path.GetFullPath(store);
        var database = Directory.Exists(path) ? Path.Combine(path, options.SqliteFileName) : path;
        if (!File.Exists(database))
        {
            throw new CommandFailedException($"--store: no decision record at {database} (give the host's data directory, e.g. data, or its database file)");
        }

        options.Backend = DecisionStoreBackend.Sqlite;
        options.DataDirectory = Path.GetDirectoryName(database)!;
        options.SqliteFileName = Path.GetFileName(database);
        if (options.Encryption.Keys.Count == 0 && !File.Exists(Path.Combine(options.DataDirectory, DecisionStoreOptions.LocalKeyFileName)))
        {
            throw new CommandFailedException(
                $"--store: {database} has no {DecisionStoreOptions.LocalKeyFileName} beside it and no key is configured; " +
                "set DecisionStore__Encryption__ActiveKeyId and DecisionStore__Encryption__Keys__<id> as for the host");
        }

        return new DecisionRecordSource(options, $"decision record {database}");
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<RecordedDecision> ReadSinceAsync(DateOnly? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DecisionStore store;
        try
        {
            store = new DecisionStore(_options, TimeProvider.System);
        }
        catch (OptionsValidationException e)
        {
            throw new CommandFailedException($"--store: {string.Join(" ", e.Failures)}");
        }

        await using (store)
        {
            string? token = null;
            do
            {
                var page = await ReadPageAsync(store, new DecisionQuery { DecidedFrom = since, PageSize = PageSize, PageToken = token }, cancellationToken);
                foreach (var stored in page.Decisions)
                {
                    yield return Recorded(stored);
                }

                token = page.NextPageToken;
            }
            while (token is not null);
        }
    }

    private static async Task<DecisionPage> ReadPageAsync(DecisionStore store, DecisionQuery query, CancellationToken cancellationToken)
    {
        try
        {
            var result = await store.ListAsync(query, cancellationToken);
            return result.Page ?? throw new CommandFailedException($"--store: {string.Join(" ", result.Problems.Select(p => p.Message))}");
        }
        catch (DecisionStoreUnavailableException e)
        {
            throw new CommandFailedException($"--store: the decision record cannot be read: {e.Message}");
        }
        catch (Exception e) when (e is DecisionRecordUnreadableException or InvalidDataException)
        {
            throw new CommandFailedException($"--store: {e.Message}");
        }
    }

    private static RecordedDecision Recorded(StoredDecision stored)
    {
        var where = $"decision {stored.DecisionId}";
        DecisionRequest request;
        try
        {
            request = DecisionRequest.Parser.ParseFrom(stored.Request.Span);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new CommandFailedException($"{where}: the recorded request is not a DecisionRequest ({e.Message})");
        }

        request.DecisionDate = stored.DecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new RecordedDecision(request, null, where);
    }
}

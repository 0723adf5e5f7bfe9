using Microsoft.Extensions.Options;

namespace AlnDecisions.Store.Configuration;

/// <summary>
/// Checks <see cref="DecisionStoreOptions"/> and reports every problem at once. The host registers it
/// with <c>ValidateOnStart</c>; <see cref="DecisionStore"/> runs it too, so a bad configuration never
/// reaches the database.
/// </summary>
public sealed class DecisionStoreOptionsValidator : IValidateOptions<DecisionStoreOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DecisionStoreOptions options)
    {
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Every problem with <paramref name="options"/>, each naming its setting.</summary>
    public static IReadOnlyList<string> Problems(DecisionStoreOptions options)
    {
        var problems = new List<string>();
        const string S = DecisionStoreOptions.Section;
        if (!Enum.IsDefined(options.Backend))
        {
            problems.Add($"{S}:Backend must be Sqlite or PostgreSql.");
        }

        if (options.Backend == DecisionStoreBackend.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(options.DataDirectory))
            {
                problems.Add($"{S}:DataDirectory is required for the SQLite backend.");
            }

            if (string.IsNullOrWhiteSpace(options.SqliteFileName) || options.SqliteFileName.IndexOfAny(['/', '\\']) >= 0)
            {
                problems.Add($"{S}:SqliteFileName must be a file name without a directory.");
            }
        }

        if (options.Backend == DecisionStoreBackend.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.PostgreSqlConnectionString))
            {
                problems.Add($"{S}:PostgreSqlConnectionString is required for the PostgreSql backend.");
            }

            if (options.Encryption.Keys.Count == 0)
            {
                problems.Add($"{S}:Encryption:Keys is required for the PostgreSql backend (a generated key file would not be shared between hosts).");
            }
        }

        if (options.QueueCapacity is < 1 or > 1_000_000)
        {
            problems.Add($"{S}:QueueCapacity must be between 1 and 1000000.");
        }

        if (options.MaxBatchSize is < 1 or > 10_000)
        {
            problems.Add($"{S}:MaxBatchSize must be between 1 and 10000.");
        }

        if (options.RetryInterval < TimeSpan.FromMilliseconds(10) || options.RetryInterval > TimeSpan.FromMinutes(5))
        {
            problems.Add($"{S}:RetryInterval must be between 10 ms and 5 minutes.");
        }

        var keys = options.Encryption.Keys;
        foreach (var (id, value) in keys)
        {
            if (!KeyIds.IsValid(id))
            {
                problems.Add($"{S}:Encryption:Keys: key id '{id}' must be 1 to 64 letters, digits, '-', '_' or '.'.");
            }

            if (!IsAes256Key(value))
            {
                problems.Add($"{S}:Encryption:Keys:{id} must be 32 bytes in base64.");
            }
        }

        if (keys.Count > 0 && (options.Encryption.ActiveKeyId is null || !keys.ContainsKey(options.Encryption.ActiveKeyId)))
        {
            problems.Add($"{S}:Encryption:ActiveKeyId must name one of Encryption:Keys.");
        }

        if (keys.Count == 0 && options.Encryption.ActiveKeyId is not null)
        {
            problems.Add($"{S}:Encryption:ActiveKeyId is set but Encryption:Keys is empty.");
        }

        var retention = options.Retention;
        if (retention.Default <= TimeSpan.Zero)
        {
            problems.Add($"{S}:Retention:Default must be positive.");
        }

        foreach (var (authority, period) in retention.Authorities)
        {
            if (period <= TimeSpan.Zero)
            {
                problems.Add($"{S}:Retention:Authorities:{authority} must be positive.");
            }
        }

        if (retention.SweepInterval < TimeSpan.FromSeconds(1))
        {
            problems.Add($"{S}:Retention:SweepInterval must be at least one second.");
        }

        return problems;
    }

    private static bool IsAes256Key(string value)
    {
        Span<byte> buffer = stackalloc byte[48];
        return Convert.TryFromBase64String(value, buffer, out var written) && written == 32;
    }
}

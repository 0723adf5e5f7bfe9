namespace AlnDecisions.Store.Internal;

/// <summary>Instants at the precision both databases keep (PostgreSQL timestamptz: microseconds), so a read equals what was written.</summary>
internal static class Instants
{
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);

    public static long ToUnixMicroseconds(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromUnixMicroseconds(long value) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (value * 10), TimeSpan.Zero);
}

namespace AlnDecisions.Server.Tests;

/// <summary>Waits for what a server does in the background (a reload, a health change) without a fixed sleep.</summary>
internal static class Eventually
{
    /// <summary>Probes every 50 ms until <paramref name="probe"/> gives a value; fails after 30 s naming <paramref name="what"/>.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within 30 s");
            }

            await Task.Delay(50);
        }
    }
}

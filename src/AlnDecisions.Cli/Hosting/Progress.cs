using System.Diagnostics;
using System.Globalization;

namespace AlnDecisions.Cli.Hosting;

/// <summary>
/// One self-overwriting progress line on a terminal, redrawn at most five times a second so that
/// drawing never costs the run anything measurable. Thread-safe; does nothing without a terminal.
/// </summary>
public sealed class Progress : IDisposable
{
    private readonly TextWriter? _terminal;
    private readonly string _label;
    private readonly long _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _done;
    private long _lastDrawTicks;
    private int _disposed;

    internal Progress(TextWriter? terminal, string label, long total)
    {
        _terminal = terminal;
        _label = label;
        _total = total;
    }

    /// <summary>Counts <paramref name="items"/> more as done.</summary>
    public void Advance(long items = 1)
    {
        var done = Interlocked.Add(ref _done, items);
        if (_terminal is null || Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        var now = _clock.ElapsedTicks;
        var last = Interlocked.Read(ref _lastDrawTicks);
        if (now - last < Stopwatch.Frequency / 5 || Interlocked.CompareExchange(ref _lastDrawTicks, now, last) != last)
        {
            return;
        }

        var of = _total > 0 ? $" / {_total.ToString("N0", CultureInfo.InvariantCulture)}" : string.Empty;
        lock (_terminal)
        {
            _terminal.Write($"\r{_label}: {done.ToString("N0", CultureInfo.InvariantCulture)}{of}   ");
        }
    }

    /// <summary>Clears the line (once).</summary>
    public void Dispose()
    {
        if (_terminal is not null && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            lock (_terminal)
            {
                _terminal.Write("\r" + new string(' ', _label.Length + 40) + "\r");
            }
        }
    }
}

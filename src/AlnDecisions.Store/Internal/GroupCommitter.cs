using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace AlnDecisions.Store.Internal;

/// <summary>
/// Group commit: callers enqueue sealed records; one writer takes whatever has queued (up to the
/// batch limit), writes it in one transaction, commits, and only then completes every caller's
/// task. While a commit is in flight the next batch gathers, so the batch grows with the load and
/// one fsync serves many decisions.
/// </summary>
/// <remarks>
/// Fail fast, recover by itself: a full queue refuses at once; a database failure refuses the
/// batch, everything queued behind it and every append for <c>retryInterval</c>, after which the
/// next append tries the database again.
/// </remarks>
internal sealed class GroupCommitter : IAsyncDisposable
{
    private readonly Channel<PendingAppend> _queue;
    private readonly IStoreBackend _backend;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _retryInterval;
    private readonly int _maxBatchSize;
    private readonly ILogger _logger;
    private readonly Task _writer;
    private long _retryAfterTimestamp;
    private volatile bool _down;
    private volatile bool _closing;
    private long _committed;
    private long _transactions;
    private long _refused;
    private int _largestBatch;

    public GroupCommitter(IStoreBackend backend, int queueCapacity, int maxBatchSize, TimeSpan retryInterval, TimeProvider clock, ILogger logger)
    {
        _backend = backend;
        _maxBatchSize = maxBatchSize;
        _retryInterval = retryInterval;
        _clock = clock;
        _logger = logger;
        _queue = Channel.CreateBounded<PendingAppend>(new BoundedChannelOptions(queueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = Task.Run(WriteLoopAsync);
    }

    public DecisionStoreStatistics Statistics => new(
        Interlocked.Read(ref _committed), Interlocked.Read(ref _transactions), Volatile.Read(ref _largestBatch), Interlocked.Read(ref _refused));

    /// <summary>Throws at once when an append would be refused, before the caller spends work sealing it.</summary>
    public void ThrowIfRefusing()
    {
        if (_closing)
        {
            throw Refuse(StoreUnavailableReason.ShuttingDown, null);
        }

        if (_down && _clock.GetTimestamp() < Interlocked.Read(ref _retryAfterTimestamp))
        {
            throw Refuse(StoreUnavailableReason.DatabaseUnavailable, null);
        }
    }

    public Task AppendAsync(SealedRecord record, CancellationToken cancellationToken)
    {
        ThrowIfRefusing();
        var pending = new PendingAppend(record);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw Refuse(_closing ? StoreUnavailableReason.ShuttingDown : StoreUnavailableReason.QueueFull, null);
        }

        // A cancelled caller stops waiting; its record may still commit, which is harmless (it is
        // a decision that was made, and its response simply was not sent).
        return cancellationToken.CanBeCanceled ? pending.Completion.Task.WaitAsync(cancellationToken) : pending.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingAppend>(_maxBatchSize);
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatchSize && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await CommitAsync(batch);
            }
            catch (Exception e)
            {
                // CommitAsync settles every caller itself; this only keeps the writer alive if
                // settling throws, so no later append waits on a writer that is gone.
                StoreLog.AppendFailed(_logger, e);
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(e);
                }
            }

            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingAppend> batch)
    {
        try
        {
            await _backend.AppendAsync(batch.ConvertAll(p => p.Record), CancellationToken.None);
        }
        catch (Exception e) when (_backend.IsUnavailable(e))
        {
            MarkDown(e);
            var refusal = Refuse(StoreUnavailableReason.DatabaseUnavailable, e);
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(refusal);
            }

            // What queued behind the failed batch would meet the same outage: refuse it now
            // rather than let each caller wait for its own failed attempt.
            while (_queue.Reader.TryRead(out var queued))
            {
                queued.Completion.TrySetException(Refuse(StoreUnavailableReason.DatabaseUnavailable, e));
            }

            return;
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad record must not fail the others: commit each alone, so only it fails.
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }

            return;
        }
        catch (Exception e)
        {
            var record = batch[0].Record;
            if (_backend.IsDuplicateDecision(e))
            {
                batch[0].Completion.TrySetException(new DecisionAlreadyRecordedException(record.DecisionId, e));
            }
            else
            {
                StoreLog.AppendFailed(_logger, e);
                batch[0].Completion.TrySetException(e);
            }

            return;
        }

        Interlocked.Add(ref _committed, batch.Count);
        Interlocked.Increment(ref _transactions);
        if (batch.Count > _largestBatch)
        {
            Volatile.Write(ref _largestBatch, batch.Count);
        }

        if (_down)
        {
            _down = false;
            StoreLog.Recovered(_logger);
        }

        StoreLog.BatchCommitted(_logger, batch.Count);
        foreach (var pending in batch)
        {
            pending.Completion.TrySetResult();
        }
    }

    private void MarkDown(Exception cause)
    {
        Interlocked.Exchange(ref _retryAfterTimestamp, _clock.GetTimestamp() + (long)(_retryInterval.TotalSeconds * _clock.TimestampFrequency));
        if (!_down)
        {
            _down = true;
            StoreLog.Unavailable(_logger, _retryInterval, cause);
        }

        _backend.ResetConnections();
    }

    private DecisionStoreUnavailableException Refuse(StoreUnavailableReason reason, Exception? cause)
    {
        Interlocked.Increment(ref _refused);
        return new DecisionStoreUnavailableException(reason, cause);
    }

    private sealed class PendingAppend(SealedRecord record)
    {
        public SealedRecord Record { get; } = record;

        // Continuations run off the writer, so a slow caller never delays the next batch.
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

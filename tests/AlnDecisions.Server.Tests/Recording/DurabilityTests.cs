using System.Collections.Concurrent;
using AlnDecisions.Contract.V1;
using Google.Protobuf;
using Grpc.Core;
using Xunit.Abstractions;

namespace AlnDecisions.Server.Tests.Recording;

/// <summary>
/// A response is never sent for a decision that is not durably recorded: the host, a process of
/// its own on its own SQLite file, is killed with SIGKILL in the middle of a bounded run of
/// decisions, restarted on the same data, and every decision the client got an answer for must be
/// in the record, exactly as answered.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int MaxRequests = 4000;
    private const int Callers = 16;
    private const int AnsweredBeforeKill = 600;
    private readonly string _work = Path.Combine(Path.GetTempPath(), "aln-durability-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Decide_HostKilledMidRun_EveryAnsweredDecisionIsInTheRecordAfterRestart()
    {
        string[] data = [$"--DecisionStore:DataDirectory={Path.Combine(_work, "data")}"];
        var answered = new ConcurrentDictionary<string, ByteString>();
        var sent = 0;
        var refused = 0;
        var killing = 0;
        var enoughAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using (var first = await ChildHost.StartAsync(Path.Combine(_work, "first"), data))
        {
            var client = first.Client;
            var reference = Requests.NewCaseReference("durability");

            async Task CallerAsync()
            {
                while (Interlocked.Increment(ref sent) <= MaxRequests)
                {
                    try
                    {
                        var response = await client.DecideAsync(Requests.HasAln(reference), deadline: DateTime.UtcNow.AddSeconds(30));
                        answered[response.DecisionId] = response.ToByteString();
                        if (answered.Count >= AnsweredBeforeKill)
                        {
                            enoughAnswered.TrySetResult();
                        }
                    }
                    catch (RpcException) when (Volatile.Read(ref killing) == 1)
                    {
                        // Killed under this call: its answer never came, whether or not it was recorded.
                        Interlocked.Increment(ref refused);
                        return;
                    }
                }

                Interlocked.Decrement(ref sent);
            }

            var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(CallerAsync)).ToArray();
            var killedAfterAnswers = await Task.WhenAny(enoughAnswered.Task, Task.WhenAll(callers)) == enoughAnswered.Task;
            Volatile.Write(ref killing, 1);
            await first.KillAsync();
            await Task.WhenAll(callers);
            killedAfterAnswers.Should().BeTrue($"the kill must land mid-run, with calls in flight:\n{first.Output}");
        }

        await using var second = await ChildHost.StartAsync(Path.Combine(_work, "second"), data);
        var found = 0;
        foreach (var (decisionId, response) in answered)
        {
            var recorded = await second.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = decisionId });
            recorded.Response.ToByteString().Should().Equal(response, "the record holds the decision exactly as it was answered");
            found++;
        }

        var stored = await CountRecordedAsync(second.Client);
        output.WriteLine($"durability (SIGKILL mid-run, {Callers} callers): sent {Math.Min(sent, MaxRequests)}, answered {answered.Count}, " +
            $"cut off by the kill {refused}, found after restart {found} of {answered.Count}, records in the store {stored} " +
            $"(records beyond the answers are decisions committed whose response the kill cut off)");
        found.Should().Be(answered.Count);
        stored.Should().BeGreaterThanOrEqualTo(answered.Count);
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static async Task<int> CountRecordedAsync(DecisionService.DecisionServiceClient client)
    {
        var count = 0;
        var token = string.Empty;
        do
        {
            var page = await client.ListDecisionsAsync(new ListDecisionsRequest { PageSize = 200, PageToken = token });
            count += page.Decisions.Count;
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return count;
    }
}

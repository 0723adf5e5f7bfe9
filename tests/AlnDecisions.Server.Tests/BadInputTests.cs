using AlnDecisions.Contract.V1;
using Google.Rpc;
using Grpc.Core;

namespace AlnDecisions.Server.Tests;

/// <summary>Input no client library would send, over gRPC: answered as the caller's error, and small.</summary>
[Collection(LoopbackServerCollection.Name)]
public sealed class BadInputTests(LoopbackServer server)
{
    private static readonly Method<byte[], byte[]> RawDecide = new(
        MethodType.Unary, DecisionService.Descriptor.FullName, "Decide", Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));

    [Fact]
    public async Task Decide_BytesThatAreNotProtobuf_InvalidArgumentNotUnknown()
    {
        var call = server.Channel.CreateCallInvoker().AsyncUnaryCall(RawDecide, null, default, [0xff, 0xff, 0xff]);

        var error = (await FluentActions.Awaiting(() => call.ResponseAsync).Should().ThrowAsync<RpcException>()).Which;

        error.StatusCode.Should().Be(StatusCode.InvalidArgument);
        error.Status.Detail.Should().NotContain("Exception").And.NotContain("Google.Protobuf");
    }

    [Fact]
    public async Task Decide_HugeAuthority_ErrorStaysSmallEnoughForEveryClientToRead()
    {
        var request = Cases.LanguageOfHomeOnly();
        request.Authority = new string('a', 30_000);

        var error = (await FluentActions.Awaiting(() => server.Client.DecideAsync(request).ResponseAsync).Should().ThrowAsync<RpcException>()).Which;

        error.StatusCode.Should().Be(StatusCode.InvalidArgument);
        error.Status.Detail.Length.Should().BeLessThanOrEqualTo(1024);
        var violation = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Should().ContainSingle().Subject;
        violation.Field.Should().Be("authority");
        violation.Description.Length.Should().BeLessThanOrEqualTo(300);
    }

    [Fact]
    public async Task DecideStream_MoreBytesInTotalThanOneMessageMayHave_AllDecided()
    {
        // The size limit is per message; a bulk stream as a whole may be far larger.
        const int items = 300;
        var area = new string('a', 5_000);
        using var call = server.Client.DecideStream();
        var reading = call.ResponseStream.ReadAllAsync().ToListAsync().AsTask();
        for (var i = 0; i < items; i++)
        {
            var request = Cases.LanguageOfHomeOnly($"bulk-{i}");
            request.Learner.Needs.Areas.Add(area);
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        var responses = await reading;

        responses.Should().HaveCount(items);
        responses.Select(r => r.StreamIndex).Should().Equal(Enumerable.Range(0, items));
    }
}

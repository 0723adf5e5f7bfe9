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
}

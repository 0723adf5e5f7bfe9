using System.Net;
using System.Text;
using System.Text.Json;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Tests.Properties;
using CsCheck;
using Google.Protobuf;
using Grpc.Core;

namespace AlnDecisions.Server.Tests.Properties;

/// <summary>The real server on loopback, with per-caller limits raised so generated traffic is never throttled.</summary>
public sealed class PropertyServer : LoopbackServer
{
    protected override IEnumerable<string> Arguments() => ["--RateLimits:TokenLimit=1000000", "--RateLimits:TokensPerPeriod=1000000"];
}

[CollectionDefinition(Name)]
public sealed class PropertyServerCollection : ICollectionFixture<PropertyServer>
{
    public const string Name = "property server";
}

/// <summary>
/// Generated input against the real server, over gRPC and JSON: every answer is OK or
/// INVALID_ARGUMENT (200 or 400), never UNKNOWN, INTERNAL or a 500, and never a hang.
/// </summary>
[Collection(PropertyServerCollection.Name)]
public sealed class ServerRequestPropertyTests(PropertyServer server)
{
    private static readonly Method<byte[], byte[]> RawDecide = new(
        MethodType.Unary, DecisionService.Descriptor.FullName, "Decide", Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));

    private static CallOptions Deadline => new(deadline: DateTime.UtcNow.AddSeconds(20));

    [Fact]
    public async Task GrpcDecide_AnyGeneratedRequest_OkOrInvalidArgument()
    {
        await RequestGen.Any.CheckAsync(async request =>
        {
            try
            {
                var response = await server.Client.DecideAsync(request, Deadline);
                PipelineRequestPropertyTests.AssertDecided(response);
            }
            catch (RpcException error)
            {
                error.StatusCode.Should().Be(StatusCode.InvalidArgument, error.Status.Detail);
                error.Status.Detail.Length.Should().BeLessThanOrEqualTo(1024);
            }
        }, cases: 250, seed: 5080, print: PipelineRequestPropertyTests.Print);
    }

    [Fact]
    public async Task GrpcDecide_MangledProtobufBytes_OkOrInvalidArgument()
    {
        var valid = RequestGen.Valid.Select(r => r.ToByteArray());
        var mangled =
            from bytes in valid
            from cut in Gen.Int[0, 100]
            from flips in Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[0, 8]
            from junk in Gen.Byte.Array[0, 64]
            select Mangle(bytes, cut, flips, junk);

        await mangled.CheckAsync(async bytes =>
        {
            try
            {
                await server.Channel.CreateCallInvoker().AsyncUnaryCall(RawDecide, null, Deadline, bytes);
            }
            catch (RpcException error)
            {
                error.StatusCode.Should().Be(StatusCode.InvalidArgument, error.Status.Detail);
            }
        }, cases: 250, seed: 5081, print: Convert.ToHexString);
    }

    [Fact]
    public async Task JsonDecide_AnyGeneratedBody_200Or400WithFieldViolations()
    {
        await JsonGen.Body.CheckAsync(async json =>
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await server.Http.PostAsync("/v1/decisions:decide", content);
            var body = await response.Content.ReadAsStringAsync();

            response.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.BadRequest], body);
            using var answer = JsonDocument.Parse(body);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                answer.RootElement.GetProperty("code").GetInt32().Should().Be((int)StatusCode.InvalidArgument);
                body.Should().NotMatchRegex(@"Exception\b|\+Types\+|System\.|   at ", "no exception text or .NET type name reaches a caller");
                body.Length.Should().BeLessThan(64 * 1024, "an error never grows with its input");
            }
            else
            {
                answer.RootElement.GetProperty("decisionId").GetString().Should().NotBeNullOrEmpty();
            }
        }, cases: 300, seed: 5082, print: j => j.Length > 2000 ? j[..2000] + "…" : j);
    }

    [Fact]
    public async Task GrpcDecideStream_GeneratedRequests_EveryItemAnsweredInOrderWithDecisionsOrInvalidArgument()
    {
        await RequestGen.Any.Array[20, 60].CheckAsync(async requests =>
        {
            using var call = server.Client.DecideStream(Deadline);
            var reading = call.ResponseStream.ReadAllAsync().ToListAsync().AsTask();
            foreach (var request in requests)
            {
                await call.RequestStream.WriteAsync(request);
            }

            await call.RequestStream.CompleteAsync();
            var responses = await reading;

            responses.Select(r => r.StreamIndex).Should().Equal(Enumerable.Range(0, requests.Length));
            responses.Should().OnlyContain(r => r.Error == null ? r.Decisions.Count >= 0 && r.DecisionId.Length > 0 : r.Error.Code == (int)StatusCode.InvalidArgument);
        }, cases: 8, seed: 5083, print: r => $"{r.Length} requests");
    }

    private static byte[] Mangle(byte[] bytes, int cut, (int At, byte Value)[] flips, byte[] junk)
    {
        var kept = bytes.Take(Math.Max(0, bytes.Length - (bytes.Length * cut / 400))).Concat(cut % 7 == 0 ? junk : []).ToArray();
        foreach (var (at, value) in flips)
        {
            if (kept.Length > 0)
            {
                kept[at % kept.Length] = value;
            }
        }

        return kept;
    }
}

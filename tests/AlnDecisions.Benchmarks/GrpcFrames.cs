using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using Google.Protobuf;

namespace AlnDecisions.Benchmarks;

/// <summary>
/// <c>-- frames DIR</c>: writes the request bodies scripts/bench-wire.sh sends with h2load, already
/// framed as gRPC messages (a zero compression flag, a four-byte big-endian length, the protobuf).
/// </summary>
internal static class GrpcFrames
{
    public static async Task<int> RunAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        var decide = ContractJson.Parser.Parse<DecisionRequest>(BenchmarkCases.AlnKnown);
        await Write(directory, "decide-full.bin", decide.Clone().Apply(r => r.View = DecisionView.Types.Value.Full));
        await Write(directory, "decide-basic.bin", decide.Clone().Apply(r => r.View = DecisionView.Types.Value.Basic));
        await Write(directory, "decide-every-kind-full.bin", ContractJson.Parser.Parse<DecisionRequest>(BenchmarkCases.CrossBorder));
        // grpc.health.v1.HealthCheckRequest with no service named (the server as a whole): no bytes.
        await Write(directory, "health.bin", []);
        return 0;
    }

    private static Task Write(string directory, string name, IMessage message) => Write(directory, name, message.ToByteArray());

    private static async Task Write(string directory, string name, byte[] payload)
    {
        var frame = new byte[5 + payload.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1, 4), payload.Length);
        payload.CopyTo(frame, 5);
        await File.WriteAllBytesAsync(Path.Combine(directory, name), frame);
    }

    private static T Apply<T>(this T message, Action<T> change)
    {
        change(message);
        return message;
    }
}

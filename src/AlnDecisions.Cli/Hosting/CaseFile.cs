using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using Google.Protobuf;

namespace AlnDecisions.Cli.Hosting;

/// <summary>Reads one <c>DecisionRequest</c> in proto3 JSON (the server's JSON body) from a file.</summary>
internal static class CaseFile
{
    public static async Task<DecisionRequest> ReadAsync(string path)
    {
        var full = RepositoryPaths.ExistingFile(path, "case file");
        string text;
        try
        {
            text = await File.ReadAllTextAsync(full);
        }
        catch (IOException ex)
        {
            throw new CommandFailedException($"{path}: cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CommandFailedException($"{path}: cannot be read: {ex.Message}");
        }

        try
        {
            return ContractJson.Parser.Parse<DecisionRequest>(text);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new CommandFailedException($"{path}: not a DecisionRequest in proto3 JSON: {ex.Message}");
        }
        catch (InvalidJsonException ex)
        {
            throw new CommandFailedException($"{path}: not JSON: {ex.Message}");
        }
    }

    /// <summary>Decides <paramref name="request"/>; a rejected request or one the engine cannot decide is a one-line failure naming <paramref name="path"/>.</summary>
    public static async Task<DecisionResponse> DecideAsync(DecisionPipeline pipeline, DecisionRequest request, string path)
    {
        DecideResult result;
        try
        {
            result = await pipeline.DecideAsync(request);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException)
        {
            throw new CommandFailedException($"{path}: the case cannot be decided: {ex.Message}");
        }

        if (!result.IsValid)
        {
            throw new CommandFailedException($"{path}: the request is refused: {string.Join("; ", result.Violations.Select(v => $"{v.Field}: {v.Description}"))}");
        }

        return result.Response!;
    }
}

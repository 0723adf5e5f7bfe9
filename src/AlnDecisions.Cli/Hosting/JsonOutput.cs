using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlnDecisions.Cli.Hosting;

/// <summary>The one way a command writes its JSON result: camelCase names, enums as text, indented.</summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>Writes <paramref name="value"/> as one JSON document and a newline.</summary>
    public static async Task WriteAsync<T>(TextWriter output, T value) =>
        await output.WriteLineAsync(JsonSerializer.Serialize(value, Options));
}

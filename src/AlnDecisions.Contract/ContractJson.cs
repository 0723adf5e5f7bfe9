using Google.Protobuf;

namespace AlnDecisions.Contract;

/// <summary>proto3 JSON as MIS vendors read and write it: the same names as JSON transcoding uses.</summary>
public static class ContractJson
{
    /// <summary>Refuses unknown fields, so a misspelt fact name is an error rather than a silently unknown fact.</summary>
    public static JsonParser Parser { get; } = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    /// <summary>Writes enums by name and omits fields left at their defaults.</summary>
    public static JsonFormatter Formatter { get; } = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false).WithIndentation());
}

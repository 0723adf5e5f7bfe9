using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AlnDecisions.Contract.V1;
using Google.Protobuf.Reflection;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Field paths as they may appear in a log line. A path names fields by the contract's JSON names;
/// any segment that is not one (an unknown property, a map key) is the caller's own text, which
/// could be anything, a child's name included, so it is logged as <c>?</c>.
/// </summary>
internal static partial class LoggableFields
{
    private static readonly FrozenSet<string> Names = Collect(DecisionRequest.Descriptor, []).ToFrozenSet(StringComparer.Ordinal);

    public static string Of(IEnumerable<string> paths) => string.Join(", ", paths.Select(Of).Distinct(StringComparer.Ordinal).Take(20));

    public static string Of(string path)
    {
        if (path.Length == 0)
        {
            return "(body)";
        }

        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var match = Segment().Match(segments[i]);
            segments[i] = match.Success && Names.Contains(match.Groups["name"].Value) ? segments[i] : "?";
        }

        return string.Join('.', segments);
    }

    private static HashSet<string> Collect(MessageDescriptor message, HashSet<string> names)
    {
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            if (names.Add(field.JsonName) && field.FieldType == FieldType.Message)
            {
                Collect(field.MessageType, names);
            }
        }

        return names;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9]{0,63})(\[\d{1,6}\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();
}

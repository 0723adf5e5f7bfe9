using System.Security.Cryptography;
using System.Text;
using AlnDecisions.Rules.Plan;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// Reads one rule-set file into a <see cref="RuleSetDefinition"/>, reporting every problem it finds
/// (not just the first) with line, column and rule name. Reading goes by element — the JSON, the
/// envelope, the parameters, the workflow's rules — and the checks that relate elements run after.
/// Expressions are compiled, and checked against the facts, when the catalog is built.
/// </summary>
public static class RuleSetParser
{
    /// <summary>No rule set comes near this; a bigger file is a mistake, refused before it is read.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Parses <paramref name="content"/>, read from <paramref name="file"/> (a path relative to the rules directory).</summary>
    public static RuleSetParseResult Parse(string file, byte[] content)
    {
        var sink = new ProblemSink(file);
        if (content.Length > MaxFileBytes)
        {
            sink.Add(ProblemCodes.FieldInvalid, 1, 1, null, $"the file is {content.Length / 1024} KiB; a rule set may be at most {MaxFileBytes / 1024} KiB");
            return new RuleSetParseResult(null, sink.Problems);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var text = Encoding.UTF8.GetString(content);
        if (StrictJson.Load(text, sink, "rule set") is not { } root)
        {
            return new RuleSetParseResult(null, sink.Problems);
        }

        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var envelope = EnvelopeReader.Read(root, sink);
        var (kind, layer) = RuleSetChecks.Envelope(envelope, sink);
        var (schoolAge, pauseReasons) = envelope.Parameters is null ? (null, null) : ParametersReader.Read(envelope.Parameters, sink);
        var (workflowName, drafts) = envelope.Workflow is null ? (null, []) : WorkflowReader.Read(envelope.Workflow, sink, lines);
        var declaration = kind is { } k ? DecisionKinds.Of(k) : null;
        var rules = drafts.Select(draft => RuleSetChecks.Rule(draft, declaration, sink)).OfType<RuleDefinition>().ToArray();
        if (layer is { } l)
        {
            RuleSetChecks.DefaultRule(rules, l, sink);
        }

        var signposting = TextFields.Texts(envelope.Signposting, sink, null, "signposting");
        if (sink.Any || envelope.Id is null || kind is null || envelope.Authority is null || layer is null || envelope.Version is null
            || envelope.EffectiveFrom is null || envelope.Status is null || envelope.Source is null)
        {
            return new RuleSetParseResult(null, sink.Problems);
        }

        return new RuleSetParseResult(new RuleSetDefinition(envelope.Id, kind.Value, envelope.Authority, layer.Value, envelope.Version,
            envelope.EffectiveFrom.Value, envelope.EffectiveTo, envelope.Status, envelope.Source, workflowName, rules, schoolAge,
            file, sha256, signposting, pauseReasons), sink.Problems);
    }
}

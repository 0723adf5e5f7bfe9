using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>Reads the envelope of a rule-set file: every top-level field, strictly, with its type.</summary>
internal static class EnvelopeReader
{
    public static Envelope Read(JObject root, ProblemSink sink)
    {
        var fields = new ObjectFields(root, sink, "rule set");
        fields.Allow("$schema");
        fields.Allow("description");
        var id = fields.String("id", required: true);
        var kind = fields.String("kind", required: true);
        var authority = fields.String("authority", required: true);
        var layer = fields.String("layer", required: true);
        var version = fields.String("version", required: true);
        var effectiveFrom = fields.Date("effectiveFrom", required: true);
        var effectiveTo = fields.Date("effectiveTo", required: false);
        var status = fields.String("status", required: true);
        var source = fields.Object("source", required: true);
        var parameters = fields.Object("parameters", required: false);
        var signposting = fields.Array("signposting", required: false);
        var workflow = fields.Object("workflow", required: false);
        fields.ReportUnknown();
        return new Envelope(root, id, kind, authority, layer, version, effectiveFrom, effectiveTo, status,
            source is null ? null : Source(source, sink), parameters, signposting, workflow);
    }

    private static RuleSetSource? Source(JObject json, ProblemSink sink)
    {
        var fields = new ObjectFields(json, sink, "source");
        var title = fields.String("title", required: true);
        var publisher = fields.String("publisher", required: false);
        var published = fields.Date("published", required: false);
        var url = fields.String("url", required: false);
        fields.Allow("notes");
        fields.ReportUnknown();
        return title is null ? null : new RuleSetSource(title, publisher, published, url);
    }
}

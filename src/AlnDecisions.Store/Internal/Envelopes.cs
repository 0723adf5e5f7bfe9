using System.Text;

namespace AlnDecisions.Store.Internal;

/// <summary>
/// The plaintext layouts sealed into a row. A leading version byte lets the layout change without
/// a migration of old rows. Everything a copied database must not reveal goes in here.
/// </summary>
internal static class Envelopes
{
    private const byte RecordLayout = 1;
    private const byte HumanDecisionLayout = 1;

    public static byte[] WriteRecord(DecisionRecord record)
    {
        using var buffer = new MemoryStream(record.Request.Length + record.Response.Length + 64 + (record.Kinds.Count * 48));
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(RecordLayout);
            writer.Write7BitEncodedInt(record.Kinds.Count);
            foreach (var kind in record.Kinds)
            {
                writer.Write(kind.Kind);
                writer.Write(kind.Outcome);
            }

            writer.Write7BitEncodedInt(record.Request.Length);
            writer.Write(record.Request.Span);
            writer.Write7BitEncodedInt(record.Response.Length);
            writer.Write(record.Response.Span);
        }

        return buffer.ToArray();
    }

    public static (IReadOnlyList<KindOutcome> Kinds, byte[] Request, byte[] Response) ReadRecord(byte[] plaintext)
    {
        using var reader = new BinaryReader(new MemoryStream(plaintext), Encoding.UTF8);
        var layout = reader.ReadByte();
        if (layout != RecordLayout)
        {
            throw new InvalidDataException($"Unknown decision record layout {layout}.");
        }

        var count = reader.Read7BitEncodedInt();
        var kinds = new KindOutcome[count];
        for (var i = 0; i < count; i++)
        {
            kinds[i] = new KindOutcome(reader.ReadString(), reader.ReadString());
        }

        var request = reader.ReadBytes(reader.Read7BitEncodedInt());
        var response = reader.ReadBytes(reader.Read7BitEncodedInt());
        return (kinds, request, response);
    }

    public static byte[] WriteHumanDecision(HumanDecision decision)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(HumanDecisionLayout);
            writer.Write(decision.FinalOutcome);
            writer.Write(decision.Reason is not null);
            if (decision.Reason is { } reason)
            {
                writer.Write(reason.Text);
                writer.Write((byte)reason.Language);
                writer.Write(reason.Translation is not null);
                if (reason.Translation is not null)
                {
                    writer.Write(reason.Translation);
                }
            }
        }

        return buffer.ToArray();
    }

    public static (string FinalOutcome, DecisionReason? Reason) ReadHumanDecision(byte[] plaintext)
    {
        using var reader = new BinaryReader(new MemoryStream(plaintext), Encoding.UTF8);
        var layout = reader.ReadByte();
        if (layout != HumanDecisionLayout)
        {
            throw new InvalidDataException($"Unknown human decision layout {layout}.");
        }

        var finalOutcome = reader.ReadString();
        DecisionReason? reason = null;
        if (reader.ReadBoolean())
        {
            var text = reader.ReadString();
            var language = (ReasonLanguage)reader.ReadByte();
            var translation = reader.ReadBoolean() ? reader.ReadString() : null;
            reason = new DecisionReason(text, language, translation);
        }

        return (finalOutcome, reason);
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace AlnDecisions.Store.Internal;

/// <summary>
/// The plaintext layouts sealed into a row. A leading version byte lets the layout change without
/// a migration of old rows. Everything a copied database must not reveal goes in here.
/// </summary>
internal static class Envelopes
{
    // Layout 1: the record as written. Layout 2: layout 1's body compressed with Brotli. A full
    // response repeats every rule's texts in two languages, so it shrinks about 3.4 times (26 KB
    // to 7.5 KB on the repository's rules) for some 90 us on the caller's thread, and the one
    // thread that writes the database writes a third as much.
    private const byte RecordLayout = 1;
    private const byte CompressedRecordLayout = 2;
    private const int BrotliQuality = 1;
    private const int BrotliWindow = 22;
    private const int CompressedPrefix = 1 + sizeof(int);
    private const byte HumanDecisionLayout = 1;

    public static byte[] WriteRecord(DecisionRecord record)
    {
        var body = RecordBody(record);
        try
        {
            var compressed = new byte[CompressedPrefix + BrotliEncoder.GetMaxCompressedLength(body.Length)];
            compressed[0] = CompressedRecordLayout;
            BinaryPrimitives.WriteInt32LittleEndian(compressed.AsSpan(1), body.Length);
            if (!BrotliEncoder.TryCompress(body, compressed.AsSpan(CompressedPrefix), out var written, BrotliQuality, BrotliWindow))
            {
                throw new InvalidOperationException("Brotli could not compress a decision record into its maximum compressed length.");
            }

            var result = compressed.AsSpan(0, CompressedPrefix + written).ToArray();
            CryptographicOperations.ZeroMemory(compressed);
            return result;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(body);
        }
    }

    public static (IReadOnlyList<KindOutcome> Kinds, byte[] Request, byte[] Response) ReadRecord(byte[] plaintext)
    {
        switch (plaintext.Length > 0 ? plaintext[0] : (byte)0)
        {
            case RecordLayout:
                return ReadRecordBody(plaintext, 1, plaintext.Length - 1);
            case CompressedRecordLayout:
                // The length was sealed with the record, so it is as trustworthy as the record.
                var length = BinaryPrimitives.ReadInt32LittleEndian(plaintext.AsSpan(1));
                var body = new byte[length];
                try
                {
                    if (!BrotliDecoder.TryDecompress(plaintext.AsSpan(CompressedPrefix), body, out var read) || read != length)
                    {
                        throw new InvalidDataException("A compressed decision record does not decompress to its recorded length.");
                    }

                    return ReadRecordBody(body, 0, length);
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(body);
                }

            default:
                throw new InvalidDataException($"Unknown decision record layout {(plaintext.Length > 0 ? plaintext[0] : -1)}.");
        }
    }

    private static byte[] RecordBody(DecisionRecord record)
    {
        using var buffer = new MemoryStream(record.Request.Length + record.Response.Length + 64 + (record.Kinds.Count * 48));
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
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

        var body = buffer.ToArray();
        CryptographicOperations.ZeroMemory(buffer.GetBuffer());
        return body;
    }

    private static (IReadOnlyList<KindOutcome> Kinds, byte[] Request, byte[] Response) ReadRecordBody(byte[] body, int offset, int count)
    {
        using var reader = new BinaryReader(new MemoryStream(body, offset, count, writable: false), Encoding.UTF8);
        var kindCount = reader.Read7BitEncodedInt();
        var kinds = new KindOutcome[kindCount];
        for (var i = 0; i < kindCount; i++)
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

using System.Text;
using AlnDecisions.Store.Internal;

namespace AlnDecisions.Store.Tests;

public sealed class EnvelopesTests
{
    private static readonly DecisionRecord Record = new(
        "01JD8Y3Z5W6X7Y8Z9A0B1C2D3E",
        "case-7",
        "cardiff",
        new DateOnly(2025, 10, 1),
        [new KindOutcome("ALN_DETERMINATION", "HAS_ALN"), new KindOutcome("IDP_RESPONSIBILITY", "SCHOOL")],
        [new RuleSetStamp("national.aln-determination", "2021-09-01", new string('a', 64))],
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("the request's facts, ", 400))),
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("every rule's reason in Welsh and English, ", 400))));

    [Fact]
    public void WriteRecord_ThenRead_GivesTheSameKindsRequestAndResponse()
    {
        var (kinds, request, response) = Envelopes.ReadRecord(Envelopes.WriteRecord(Record));

        kinds.Should().Equal(Record.Kinds);
        request.Should().Equal(Record.Request.ToArray());
        response.Should().Equal(Record.Response.ToArray());
    }

    [Fact]
    public void WriteRecord_RepetitiveResponse_IsSealedCompressed()
    {
        Envelopes.WriteRecord(Record).Length.Should().BeLessThan((Record.Request.Length + Record.Response.Length) / 4);
    }

    [Fact]
    public void ReadRecord_FirstLayoutUncompressed_StillReads()
    {
        // Records sealed before compression (layout 1) stay readable without a migration.
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)1);
            writer.Write7BitEncodedInt(1);
            writer.Write("ALN_DETERMINATION");
            writer.Write("HAS_ALN");
            writer.Write7BitEncodedInt(3);
            writer.Write("req"u8);
            writer.Write7BitEncodedInt(4);
            writer.Write("resp"u8);
        }

        var (kinds, request, response) = Envelopes.ReadRecord(buffer.ToArray());

        kinds.Should().Equal(new KindOutcome("ALN_DETERMINATION", "HAS_ALN"));
        Encoding.UTF8.GetString(request).Should().Be("req");
        Encoding.UTF8.GetString(response).Should().Be("resp");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 9, 0, 0 })]
    public void ReadRecord_UnknownLayout_IsRefused(byte[] plaintext)
    {
        FluentActions.Invoking(() => Envelopes.ReadRecord(plaintext)).Should().Throw<InvalidDataException>().WithMessage("Unknown decision record layout*");
    }
}

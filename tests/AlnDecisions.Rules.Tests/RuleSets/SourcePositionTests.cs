using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.RuleSets;

public sealed class SourcePositionTests
{
    [Theory]
    [InlineData(0, 20)]
    [InlineData(5, 25)]
    [InlineData(6, 27)]   // after \" (two characters in the file, one in the string)
    [InlineData(7, 28)]
    [InlineData(9, 36)]   // after \u00e9 (six in the file, one in the string)
    public void ColumnOf_CountsEscapesAsTheFileWritesThem(int index, int column)
    {
        // In the file: "x == \"y\"\u00e9z" starting at column 20; decoded: x == "y"éz
        var position = new SourcePosition(3, 20, "x == \\\"y\\\"\\u00e9z");

        position.ColumnOf(index).Should().Be(column);
    }
}

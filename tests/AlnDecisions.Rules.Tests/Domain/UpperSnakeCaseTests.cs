using AlnDecisions.Domain;

namespace AlnDecisions.Rules.Tests.Domain;

public sealed class UpperSnakeCaseTests
{
    [Theory]
    [InlineData(SettingKind.MaintainedSchool, "MAINTAINED_SCHOOL")]
    [InlineData(SettingKind.IndependentSpecialistPost16Institution, "INDEPENDENT_SPECIALIST_POST16_INSTITUTION")]
    [InlineData(SettingKind.None, "NONE")]
    public void From_EnumMember_GivesContractName(SettingKind kind, string expected)
    {
        UpperSnakeCase.From(kind).Should().Be(expected);
        UpperSnakeCase.TryParse<SettingKind>(expected, out var parsed).Should().BeTrue();
        parsed.Should().Be(kind);
    }
}

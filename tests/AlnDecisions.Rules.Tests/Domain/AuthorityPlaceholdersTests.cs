using System.Text.Json;
using AlnDecisions.Domain;

namespace AlnDecisions.Rules.Tests.Domain;

public sealed class AuthorityPlaceholdersTests
{
    [Theory]
    [InlineData("Cyngor Gwynedd", "Gyngor Gwynedd")]
    [InlineData("Dinas a Sir Abertawe", "Ddinas a Sir Abertawe")]
    [InlineData("Gwynedd", "Wynedd")]
    [InlineData("Llandudno", "Landudno")]
    [InlineData("Rhondda", "Rondda")]
    [InlineData("Pen-y-bont", "Ben-y-bont")]
    [InlineData("Torfaen", "Dorfaen")]
    [InlineData("Bro Morgannwg", "Fro Morgannwg")]
    [InlineData("Merthyr Tudful", "Ferthyr Tudful")]
    [InlineData("yr awdurdod lleol yn Lloegr", "yr awdurdod lleol yn Lloegr")]
    [InlineData("Sir Fynwy", "Sir Fynwy")]
    public void SoftMutate_NameOfAnAuthority_MutatesItsFirstLetterOnly(string radical, string mutated) =>
        WelshMutation.SoftMutate(radical).Should().Be(mutated);

    [Fact]
    public void Fill_AfterAMutatingPreposition_WelshNameIsMutatedAndEnglishIsNot()
    {
        var text = new LocalisedText(
            "{areaAuthority} must provide advice; ask {responsibleAuthority} to reconsider.",
            "Rhaid i {areaAuthority} ddarparu cyngor; gofynnwch i {responsibleAuthority} ailystyried penderfyniad {responsibleAuthority}.");

        var filled = AuthorityPlaceholders.Fill(text, "gwynedd", "swansea");

        filled.En.Should().Be("Gwynedd Council must provide advice; ask City and County of Swansea to reconsider.");
        filled.Cy.Should().Be("Rhaid i Gyngor Gwynedd ddarparu cyngor; gofynnwch i Ddinas a Sir Abertawe ailystyried penderfyniad Dinas a Sir Abertawe.");
    }

    [Fact]
    public void Fill_NoPreposition_NameAsWritten()
    {
        var filled = AuthorityPlaceholders.Fill(new LocalisedText("It is {areaAuthority}.", "Eich awdurdod lleol yw {areaAuthority}."), "cardiff", "cardiff");

        filled.Cy.Should().Be("Eich awdurdod lleol yw Cyngor Caerdydd.");
    }

    [Fact]
    public void Fill_EveryWelshTextOfTheRules_LeavesNoUnmutatedCouncilAfterAPreposition()
    {
        // The rule files' own texts, filled for every authority: "i Cyngor", "at Cyngor", "gan Cyngor" never reach a family.
        var texts = Directory.EnumerateFiles(RepositoryFolders.Rules, "*.json", SearchOption.AllDirectories)
            .SelectMany(file => WelshTexts(JsonDocument.Parse(File.ReadAllText(file)).RootElement))
            .Where(t => t.Contains('{', StringComparison.Ordinal)).ToList();
        texts.Should().NotBeEmpty();
        foreach (var code in Authorities.Welsh)
        {
            foreach (var text in texts)
            {
                var filled = AuthorityPlaceholders.Fill(new LocalisedText(text, text), code, code).Cy;
                foreach (var preposition in WelshMutation.SoftMutatingPrepositions)
                {
                    filled.Should().NotContain($" {preposition} Cyngor ").And.NotContain($" {preposition} Dinas ");
                }
            }
        }
    }

    private static IEnumerable<string> WelshTexts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "cy" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : WelshTexts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(WelshTexts),
        _ => [],
    };
}

using System.Text.Json;

namespace AlnDecisions.Cli.Tests;

public sealed class ReplayCommandTests
{
    // A Denbighshire pupil in a learning support class whose school can reasonably secure the ALP:
    // the school's IDP under Denbighshire's principles as published.
    private const string DenbighshireLearningSupportClass = """
        {
          "caseReference": "denb-lsc-01",
          "authority": "denbighshire",
          "decisionDate": "2025-10-01",
          "kinds": ["IDP_RESPONSIBILITY"],
          "learner": {
            "dateOfBirth": "2012-04-18",
            "hasAln": true,
            "homeAuthority": "denbighshire",
            "lookedAfter": false, "dualRegistered": false, "electivelyHomeEducated": false, "educatedOtherThanAtSchool": false,
            "existingIdp": { "maintainedBy": "NONE" },
            "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "denbighshire", "specialistClass": "LEARNING_SUPPORT_CLASS" },
            "needs": { "rareConditionRequiringSpecialistSupport": false },
            "provision": {
              "requiresPlaceAtParticularInstitution": false, "requiresBoardAndLodging": false,
              "reasonableForSchoolToSecure": true, "schoolCanDetermineNeedsAndProvision": true,
              "externalSpecialistAdviceBeyondSchool": false, "equipmentBeyondSchool": false, "intensiveSupportBeyondSchool": false
            }
          }
        }
        """;

    private static string CandidateWithLearningSupportClasses(TempDirectory temp)
    {
        var candidate = temp.CopyOfRules("candidate");
        var file = Path.Combine(candidate, "authorities", "denbighshire", "idp-responsibility.json");
        File.WriteAllText(file, WithLearningSupportClasses(File.ReadAllText(file)));
        return candidate;
    }

    // Denbighshire's IDP principles, taking learning support classes as well as resource bases.
    private static string WithLearningSupportClasses(string principles) => principles.Replace(
        "learner.setting.specialistClass == \\\"RESOURCE_BASE\\\"\"",
        "learner.setting.specialistClass == \\\"RESOURCE_BASE\\\" || learner.setting.specialistClass == \\\"LEARNING_SUPPORT_CLASS\\\"\"",
        StringComparison.Ordinal);

    [Fact]
    public async Task Replay_CandidateChangesADenbighshirePrinciple_ReportsTheChangedCaseAndExitsOne()
    {
        using var temp = new TempDirectory();
        var candidate = CandidateWithLearningSupportClasses(temp);
        var cases = temp.File("cases.jsonl", Cases.Caseload(DenbighshireLearningSupportClass, Cases.LanguageOfHome, Cases.HasAln));

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", cases);

        run.ExitCode.Should().Be(1, run.Error);
        run.Out.Should().Contain("denbighshire · IDP_RESPONSIBILITY: 1 of 1 cases would change")
            .And.Contain("outcome SCHOOL → LOCAL_AUTHORITY: 1 (e.g. denb-lsc-01)");
        run.OutLines[^1].Should().StartWith("replayed 3 cases").And.Contain("1 would change (1 decided again");
        run.Error.Should().BeEmpty("no progress when output is redirected");
    }

    [Fact]
    public async Task Replay_AllowChanges_ReportsButExitsZero()
    {
        using var temp = new TempDirectory();
        var candidate = CandidateWithLearningSupportClasses(temp);
        var cases = temp.File("cases.jsonl", Cases.Caseload(DenbighshireLearningSupportClass));

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", cases, "--allow-changes", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("changedCases").GetInt32().Should().Be(1);
        var change = json.RootElement.GetProperty("groups")[0].GetProperty("changes")[0];
        change.GetProperty("was").GetString().Should().Be("SCHOOL");
        change.GetProperty("now").GetString().Should().Be("LOCAL_AUTHORITY");
        change.GetProperty("examples")[0].GetString().Should().Be("denb-lsc-01");
    }

    [Fact]
    public async Task Replay_FullWithUnchangedCandidate_DecidesEveryCaseAndNothingChanges()
    {
        using var temp = new TempDirectory();
        var candidate = temp.CopyOfRules("candidate");
        var cases = temp.File("cases.jsonl", Cases.Caseload(DenbighshireLearningSupportClass, Cases.LanguageOfHome, Cases.HasAln));

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", cases, "--full");

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines[^1].Should().Contain("replayed 3 cases").And.Contain("0 would change (3 decided again");
    }

    [Theory]
    [InlineData("authority principles")]
    [InlineData("national statutory rules")]
    public async Task Replay_CasesLeftUndecided_AreExactlyThoseThatCannotChange(string edited)
    {
        using var temp = new TempDirectory();
        var candidate = temp.CopyOfRules("candidate");
        if (edited == "authority principles")
        {
            // Denbighshire would take every IDP for a needs arising from a medical condition.
            var denbighshire = Path.Combine(candidate, "authorities", "denbighshire", "idp-responsibility.json");
            File.WriteAllText(denbighshire, File.ReadAllText(denbighshire).Replace(
                "learner.provision.intensiveSupportBeyondSchool == true\"",
                "learner.provision.intensiveSupportBeyondSchool == true || learner.needs.arisesFromMedicalCondition == true\"",
                StringComparison.Ordinal));
        }
        else
        {
            var national = Path.Combine(candidate, "national", "aln-determination.json");
            File.WriteAllText(national, File.ReadAllText(national).Replace(
                "\"Expression\": \"learner.needs.solelyLanguageOfHome == true\"",
                "\"Expression\": \"learner.needs.solelyLanguageOfHome == true && learner.needs.disabilityHindersUseOfFacilities != true\"",
                StringComparison.Ordinal));
        }

        var cases = Path.Combine(temp.Path, "cases.jsonl");
        (await AlnRulesProcess.RunAsync("generate-caseload", "--count", "6000", "--seed", "11", "--out", cases)).ExitCode.Should().Be(0);

        var skipping = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", cases, "--allow-changes", "--format", "json", "--examples", "1000");
        var full = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", cases, "--allow-changes", "--format", "json", "--examples", "1000", "--full");

        skipping.ExitCode.Should().Be(0, skipping.Error);
        full.ExitCode.Should().Be(0, full.Error);
        using var a = JsonDocument.Parse(skipping.Out);
        using var b = JsonDocument.Parse(full.Out);
        a.RootElement.GetProperty("changedCases").GetInt32().Should().BePositive("the edit changes some of these cases")
            .And.Be(b.RootElement.GetProperty("changedCases").GetInt32());
        a.RootElement.GetProperty("decided").GetInt32().Should().BeLessThan(b.RootElement.GetProperty("decided").GetInt32());
        Changes(a).Should().BeEquivalentTo(Changes(b));
    }

    private static IEnumerable<string> Changes(JsonDocument report) =>
        report.RootElement.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("changes").EnumerateArray().Select(c =>
            $"{g.GetProperty("authority").GetString()} {g.GetProperty("kind").GetString()} {c.GetProperty("what").GetString()} {c.GetProperty("was").GetString()}->{c.GetProperty("now").GetString()} {c.GetProperty("cases").GetInt32()} {string.Join(",", c.GetProperty("examples").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal))}"));

    [Fact]
    public async Task Replay_Since_SkipsCasesDecidedBefore()
    {
        using var temp = new TempDirectory();
        var candidate = CandidateWithLearningSupportClasses(temp);
        var cases = temp.File("cases.jsonl", Cases.Caseload(DenbighshireLearningSupportClass, Cases.LanguageOfHome));

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", cases, "--since", "2025-10-02");

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines[^1].Should().StartWith("replayed 0 cases");
    }

    [Fact]
    public async Task Replay_GeneratedBinaryCaseload_ReadsEveryCase()
    {
        using var temp = new TempDirectory();
        var cases = Path.Combine(temp.Path, "cases.binpb");
        var generated = await AlnRulesProcess.RunAsync("generate-caseload", "--count", "300", "--seed", "7", "--out", cases);
        var candidate = CandidateWithLearningSupportClasses(temp);

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", cases, "--allow-changes");

        generated.ExitCode.Should().Be(0, generated.Error);
        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines[^1].Should().StartWith("replayed 300 cases");
    }

    [Fact]
    public async Task Replay_CaseloadLineThatIsNotARequest_OneLineNamingTheLineExitThree()
    {
        using var temp = new TempDirectory();
        var cases = temp.File("cases.jsonl", Cases.Caseload(Cases.LanguageOfHome) + "{ \"caseReference\": 7, \"nonsense\": true }\n");

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", "rules", "--cases", cases);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("cases.jsonl:2: not a DecisionRequest");
    }

    [Fact]
    public async Task Replay_NoSourceOfRecordedRequests_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", "rules");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--cases FILE or --store CONNECTION");
    }

    [Fact]
    public async Task Replay_Store_RedecidesTheRecordedRequestsAndReportsTheChange()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        await RecordedCases.WriteAsync(data, DenbighshireLearningSupportClass, Cases.LanguageOfHome);
        var candidate = CandidateWithLearningSupportClasses(temp);

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--store", data);

        run.ExitCode.Should().Be(1, run.Error);
        run.Out.Should().Contain("denbighshire · IDP_RESPONSIBILITY: 1 of 1 cases would change")
            .And.Contain("outcome SCHOOL → LOCAL_AUTHORITY: 1 (e.g. denb-lsc-01)");
        run.OutLines[^1].Should().StartWith("replayed 2 cases (decision record ").And.Contain("decisions.db");
    }

    [Fact]
    public async Task Replay_StoreRequestThatGaveNoDate_IsDecidedOnTheDayItWasRecordedFor()
    {
        // The request gave no decisionDate, so it was decided on the day it was made (recorded as
        // 2025-10-01). The candidate changes Denbighshire's principles only from 2026-09-01, which
        // cannot reach that decision; decided as of today instead, it would.
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        await RecordedCases.WriteAsync(data, new DateOnly(2025, 10, 1), WithoutDecisionDate(DenbighshireLearningSupportClass));
        var candidate = temp.CopyOfRules("candidate");
        var current = Path.Combine(candidate, "authorities", "denbighshire", "idp-responsibility.json");
        var inForce = File.ReadAllText(current);
        File.WriteAllText(current, inForce.Replace("\"effectiveTo\": null", "\"effectiveTo\": \"2026-08-31\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(candidate, "authorities", "denbighshire", "idp-responsibility-2026-09-01.json"), WithLearningSupportClasses(inForce
            .Replace("\"version\": \"2021-09-01\"", "\"version\": \"2026-09-01\"", StringComparison.Ordinal)
            .Replace("\"effectiveFrom\": \"2021-09-01\"", "\"effectiveFrom\": \"2026-09-01\"", StringComparison.Ordinal)));

        var pinned = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--store", data, "--full");
        var today = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", temp.File("cases.jsonl", Cases.Caseload(WithoutDecisionDate(DenbighshireLearningSupportClass))));

        pinned.ExitCode.Should().Be(0, pinned.Error + pinned.Out);
        pinned.OutLines[^1].Should().StartWith("replayed 1 cases").And.Contain("0 would change (1 decided again");
        today.ExitCode.Should().Be(1, "the same request decided today meets the 2026 principles; otherwise this test proves nothing");
    }

    private static string WithoutDecisionDate(string request) =>
        request.Replace("\"decisionDate\": \"2025-10-01\",", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task Replay_StoreThatDoesNotExist_OneLineExitThreeAndNothingCreated()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "no-data");
        Directory.CreateDirectory(data);

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", "rules", "--store", data);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--store: no decision record at").And.Contain("decisions.db");
        Directory.EnumerateFileSystemEntries(data).Should().BeEmpty("replay reads a record; it never starts an empty one");
    }

    [Fact]
    public async Task Replay_StoreWithoutItsKey_OneLineNamingTheKeyExitThree()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        await RecordedCases.WriteAsync(data, Cases.LanguageOfHome);
        File.Delete(Path.Combine(data, "decision-store.key.json"));

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", "rules", "--store", data);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("decision-store.key.json").And.Contain("DecisionStore__Encryption__Keys__");
    }

    [Fact]
    public async Task Replay_StoreWithADamagedKey_OneLineNamingTheFileExitThree()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        await RecordedCases.WriteAsync(data, Cases.LanguageOfHome);
        File.WriteAllText(Path.Combine(data, "decision-store.key.json"), "{ not json");

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", "rules", "--store", data);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("decision-store.key.json is not a key file");
    }

    [Fact]
    public async Task Replay_StorePostgresWithoutKeys_OneLineNamingTheKeysExitThree()
    {
        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", "rules", "--store", DownPostgres);

        run.ExitCode.Should().Be(3, run.Out);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--store:").And.Contain("DecisionStore:Encryption:Keys is required");
    }

    [Fact]
    public async Task Replay_StorePostgresThatIsDown_OneLineExitThree()
    {
        var keys = new Dictionary<string, string>
        {
            ["DecisionStore__Encryption__ActiveKeyId"] = "k1",
            ["DecisionStore__Encryption__Keys__k1"] = Convert.ToBase64String(new byte[32]),
        };

        var run = await AlnRulesProcess.RunAsync(keys, "replay", "--candidate", "rules", "--store", DownPostgres);

        run.ExitCode.Should().Be(3, run.Out);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--store: the decision record cannot be read");
    }

    // Port 1 on loopback: nothing listens, so the connection is refused at once.
    private const string DownPostgres = "Host=127.0.0.1;Port=1;Database=aln;Username=aln;Timeout=2";

    [Fact]
    public async Task Replay_CandidateThatDoesNotLoad_OneLineExitThree()
    {
        using var temp = new TempDirectory();
        var candidate = temp.CopyOfRules("candidate");
        File.WriteAllText(Path.Combine(candidate, "national", "broken.json"), "{");
        var cases = temp.File("cases.jsonl", Cases.Caseload(Cases.LanguageOfHome));

        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", candidate, "--cases", cases);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("do not load").And.Contain("aln-rules validate");
    }

    [Fact]
    public async Task Replay_SinceNotADate_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("replay", "--candidate", "rules", "--cases", "x.jsonl", "--since", "last week");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("not a date");
    }
}

using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.Calendars;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.Timescales;

public sealed class CalendarCatalogTests
{
    private const string HarmonisedFile = "terms/wales-harmonised/2025-26.json";
    private const string FixtureSetting = "test-fixture-cardiff-school-own-inset-days";

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A valid term file for wales-harmonised 2025-26 with <paramref name="terms"/> and <paramref name="closures"/>.</summary>
    private static string TermFile(string terms, string closures = """{ "date": "2026-05-04", "reason": "BANK_HOLIDAY" }""", string extra = "") => $$"""
        {
          "calendar": "wales-harmonised",
          "academicYear": "2025-26",
          "kind": "SCHOOL",{{extra}}
          "source": { "title": "t", "publisher": "p", "url": "https://example.org", "confidence": "P" },
          "terms": [
        {{terms}}
          ],
          "closures": [ {{closures}} ]
        }
        """;

    private const string ValidTerms = """
            { "name": "autumn-1", "start": "2025-09-01", "end": "2025-10-24" },
            { "name": "autumn-2", "start": "2025-11-03", "end": "2025-12-19" },
            { "name": "spring-1", "start": "2026-01-05", "end": "2026-02-13" },
            { "name": "spring-2", "start": "2026-02-23", "end": "2026-03-27" },
            { "name": "summer-1", "start": "2026-04-13", "end": "2026-05-22" },
            { "name": "summer-2", "start": "2026-06-01", "end": "2026-07-20" }
        """;

    /// <summary>The 1-based line of the first line of <paramref name="content"/> holding <paramref name="text"/>.</summary>
    private static int LineOf(string content, string text) =>
        content.Split('\n').Select((line, index) => (line, index)).First(pair => pair.line.Contains(text, StringComparison.Ordinal)).index + 1;

    private static CalendarLoadResult LoadWith(string file, string content)
    {
        using var copy = RepositoryCalendars.Copy();
        copy.Write(file, content);
        return CalendarCatalog.Load(copy.Path);
    }

    [Fact]
    public void Load_RepositoryCalendars_HaveNoProblems()
    {
        RepositoryCalendars.Result.Problems.Should().BeEmpty(because: string.Join(Environment.NewLine, RepositoryCalendars.Result.Problems));
    }

    [Fact]
    public void Load_RepositoryCalendars_CoverBankHolidays2024To2027()
    {
        var bankHolidays = RepositoryCalendars.Catalog.BankHolidays;

        bankHolidays.CoveredYears.Should().Equal(2024, 2025, 2026, 2027);
        bankHolidays.IsWorkingDay(D("2026-05-04")).Should().BeFalse();
        bankHolidays.IsWorkingDay(D("2026-05-05")).Should().BeTrue();
    }

    [Fact]
    public void Load_RepositoryAuthorities_EveryAuthorityHasAnEntryAndPowys2026IsMissing()
    {
        var catalog = RepositoryCalendars.Catalog;

        catalog.CalendarIdFor("cardiff", D("2025-10-01")).Should().Be("wales-harmonised");
        catalog.CalendarIdFor("carmarthenshire", D("2024-10-01")).Should().Be("wales-harmonised");
        catalog.CalendarIdFor("powys", D("2026-10-01")).Should().BeNull();
        foreach (var authority in Authorities.Welsh.Where(a => a != "powys"))
        {
            catalog.CalendarIdFor(authority, D("2026-10-01")).Should().Be("wales-harmonised", because: authority);
        }
    }

    [Fact]
    public void SchoolCalendarFor_RangeOverTwoYears_JoinsThemAndNamesBoth()
    {
        var terms = RepositoryCalendars.CatalogWithFixtureSettings.SchoolCalendarFor("cardiff", RepositoryCalendars.NoInsetDaysSchool, D("2026-06-01"), D("2026-12-01"))!;

        terms.AcademicYears.Should().Equal(new AcademicYear(2025), new AcademicYear(2026));
        terms.Name.Should().Be($"cardiff: wales-harmonised 2025-26 with setting {RepositoryCalendars.NoInsetDaysSchool}'s closures, wales-harmonised 2026-27 with setting {RepositoryCalendars.NoInsetDaysSchool}'s closures");
        terms.Source.Should().Contain("Approved school term dates 2025 to 2026");
        terms.IsTermDay(D("2026-07-20")).Should().BeTrue();
        terms.IsTermDay(D("2026-07-21")).Should().BeFalse();
        terms.IsTermDay(D("2026-09-01")).Should().BeTrue();
        terms.IsTermDay(D("2026-05-04")).Should().BeFalse(); // Early May bank holiday
        terms.Covers(D("2027-09-01")).Should().BeFalse();
    }

    [Fact]
    public void SchoolCalendarFor_SchoolWithoutItsOwnInsetDays_IsNotCountedOnTheAuthorityCalendarAlone()
    {
        // Every authority leaves INSET days to its schools: without a school's file an authority
        // calendar would count them as school days.
        var catalog = RepositoryCalendars.Catalog;

        catalog.SchoolCalendarFor("cardiff", null, D("2025-10-01"), D("2026-10-01")).Should().BeNull();
        catalog.SchoolCalendarFor("cardiff", "a-school-with-no-file", D("2025-10-01"), D("2026-10-01")).Should().BeNull();
        catalog.GapAt("cardiff", null, D("2025-10-02")).Should().Be(SchoolCalendarGap.SettingInsetDays);
        catalog.GapAt("cardiff", "a-school-with-no-file", D("2025-10-02")).Should().Be(SchoolCalendarGap.SettingInsetDays);
    }

    [Fact]
    public void SchoolCalendarFor_RealSchoolFile_SkipsItsInsetDaysAndLeavesTheNextYearUncovered()
    {
        // Ysgol Brynrefail's own page lists six INSET days for 2025-26 and none yet for 2026-27.
        var catalog = RepositoryCalendars.Catalog;

        var terms = catalog.SchoolCalendarFor("gwynedd", "ysgol-brynrefail", D("2025-10-01"), D("2026-10-01"))!;

        terms.IsTermDay(D("2025-10-23")).Should().BeTrue();
        terms.IsTermDay(D("2025-10-24")).Should().BeFalse();
        terms.IsTermDay(D("2026-03-13")).Should().BeFalse();
        terms.Covers(D("2026-09-01")).Should().BeFalse();
        catalog.GapAt("gwynedd", "ysgol-brynrefail", D("2026-09-01")).Should().Be(SchoolCalendarGap.SettingInsetDays);
    }

    [Fact]
    public void SchoolCalendarFor_YearWithoutEvidence_IsLeftUncovered()
    {
        // Newport's 2025-26 dates were not seen; its 2026-27 dates are directed.
        var catalog = RepositoryCalendars.Catalog;

        catalog.GapAt("newport", null, D("2026-06-01")).Should().Be(SchoolCalendarGap.AuthorityTerms);
        catalog.GapAt("newport", null, D("2026-09-01")).Should().Be(SchoolCalendarGap.SettingInsetDays);
    }

    [Fact]
    public void SchoolCalendarFor_AuthorityThatSetsEveryInsetDay_CountsItsSchoolsWithoutTheirOwnFiles()
    {
        using var copy = RepositoryCalendars.Copy();
        var authorities = File.ReadAllText(Path.Combine(copy.Path, "authorities.json"));
        copy.Write("authorities.json", authorities.Replace(
            "\"source\": \"The Welsh Government's approved school term dates 2025 to 2026 list these dates for Anglesey (read in full). docs/research/term-dates.md 3.2.\"",
            "\"source\": \"test: the authority sets every INSET day\", \"insetDays\": [\"2025-09-01\", \"2025-10-24\"]", StringComparison.Ordinal));
        var result = CalendarCatalog.Load(copy.Path);

        var terms = result.Catalog.SchoolCalendarFor("isle-of-anglesey", null, D("2025-09-01"), D("2025-12-31"))!;

        result.Problems.Should().BeEmpty();
        terms.IsTermDay(D("2025-09-01")).Should().BeFalse();
        terms.IsTermDay(D("2025-09-02")).Should().BeTrue();
        terms.IsTermDay(D("2025-10-24")).Should().BeFalse();
        terms.Name.Should().Contain("with isle-of-anglesey's INSET days");
    }

    [Fact]
    public void Load_AuthorityInsetDayInAHoliday_IsReportedWithItsLine()
    {
        using var copy = RepositoryCalendars.Copy();
        var authorities = File.ReadAllText(Path.Combine(copy.Path, "authorities.json")).Replace(
            "\"source\": \"The Welsh Government's approved school term dates 2025 to 2026 list these dates for Anglesey (read in full). docs/research/term-dates.md 3.2.\"",
            "\"source\": \"test\",\n        \"insetDays\": [\"2025-10-27\"]", StringComparison.Ordinal);
        copy.Write("authorities.json", authorities);

        var result = CalendarCatalog.Load(copy.Path);

        // authorities.json then contributes nothing, so the real school file under settings/ also says its year has no calendar.
        var problem = result.Problems.Should().ContainSingle(p => p.File == "authorities.json").Subject;
        problem.Code.Should().Be(CalendarProblemCodes.DateOutOfRange);
        problem.Message.Should().Contain("2025-10-27 is not inside any term");
        problem.Line.Should().Be(LineOf(authorities, "2025-10-27"));
    }

    [Fact]
    public void Load_MalformedJson_ReportsLineAndColumn()
    {
        var result = LoadWith(HarmonisedFile, "{\n  \"calendar\": \"wales-harmonised\",\n  \"academicYear\": 2025-26\n}");

        var problem = result.Problems.Should().ContainSingle(p => p.File == HarmonisedFile).Subject;
        problem.Code.Should().Be(ProblemCodes.JsonMalformed);
        problem.Line.Should().Be(3);
        problem.Column.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Load_OverlappingTerms_ReportsTheLaterTermsLineAndNamesTheEarlier()
    {
        var terms = """
                { "name": "autumn", "start": "2025-09-01", "end": "2025-12-19" },
                { "name": "autumn-extra", "start": "2025-12-15", "end": "2025-12-22" }
            """;

        var content = TermFile(terms, closures: "");

        var result = LoadWith(HarmonisedFile, content);

        var problem = result.Problems.Should().ContainSingle(p => p.File == HarmonisedFile).Subject;
        problem.Code.Should().Be(CalendarProblemCodes.TermsOverlap);
        problem.Line.Should().Be(LineOf(content, "autumn-extra"));
        problem.Message.Should().Contain($"line {LineOf(content, "\"autumn\"")}");
    }

    [Fact]
    public void Load_FileWithProblems_ContributesNothingSoItsYearIsMissing()
    {
        var result = LoadWith(HarmonisedFile, TermFile(ValidTerms, extra: "\n  \"region\": \"wales\","));

        result.Problems.Should().ContainSingle(p => p.Code == ProblemCodes.FieldUnknown).Which.Message.Should().Contain("region");
        result.Catalog.GapAt("cardiff", null, D("2025-10-01")).Should().Be(SchoolCalendarGap.AuthorityTerms);
        result.Catalog.GapAt("cardiff", null, D("2026-10-01")).Should().Be(SchoolCalendarGap.SettingInsetDays);
    }

    [Fact]
    public void Load_ManyProblemsInOneFile_ReportsEveryOne()
    {
        var terms = """
                { "name": "autumn", "start": "2025-08-29", "end": "2025-12-20" },
                { "name": "spring", "start": "2026-03-27", "end": "2026-01-05" },
                { "name": "summer-1", "start": "2026-04-13", "end": "2026-05-22" },
                { "name": "summer-2", "start": "2026-06-01", "end": "2026-07-20" }
            """;
        var closures = """{ "date": "2026-02-30", "reason": "INSET" }, { "date": "2026-04-01", "reason": "INSET" }""";

        var result = LoadWith(HarmonisedFile, TermFile(terms, closures));

        result.Problems.Select(p => p.Code).Should().Contain(
        [
            CalendarProblemCodes.DateOutOfRange,       // autumn starts before 1 Sep; closure in the Easter holiday
            CalendarProblemCodes.DateNotWeekday,       // 20 Dec 2025 is a Saturday
            ProblemCodes.FieldInvalid,                 // spring ends before it starts; 30 Feb
            CalendarProblemCodes.BankHolidayMismatch,  // 4 May 2026 in term, not closed
        ]);
        result.Problems.Should().OnlyContain(p => p.File == HarmonisedFile && p.Line > 0);
    }

    [Fact]
    public void Load_BankHolidayInTermNotClosed_IsReported()
    {
        var content = TermFile(ValidTerms, closures: "");

        var result = LoadWith(HarmonisedFile, content);

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(CalendarProblemCodes.BankHolidayMismatch);
        problem.Message.Should().Contain("2026-05-04");
        problem.Line.Should().Be(LineOf(content, "summer-1"));
    }

    [Fact]
    public void Load_FileInTheWrongPlace_IsReported()
    {
        var result = LoadWith("terms/wales-harmonised/2026-27.json", TermFile(ValidTerms));

        result.Problems.Should().Contain(p => p.Code == CalendarProblemCodes.FileMisplaced && p.File == "terms/wales-harmonised/2026-27.json");
    }

    [Fact]
    public void Load_AuthoritiesNamingAnUnknownCalendarOrAuthority_AreReportedWithLines()
    {
        var authorities = """
            {
              "authorities": {
                "cardiff": [ { "academicYear": "2025-26", "calendar": "cardiff-own", "source": "s" } ],
                "gotham": []
              }
            }
            """;

        var result = LoadWith("authorities.json", authorities);

        result.Problems.Should().Contain(p => p.Code == CalendarProblemCodes.CalendarUnknown && p.Line == LineOf(authorities, "cardiff-own"));
        result.Problems.Should().Contain(p => p.Code == ProblemCodes.FieldInvalid && p.Line == LineOf(authorities, "gotham") && p.Message.Contains("gotham"));
        result.Catalog.CalendarIdFor("cardiff", D("2025-10-01")).Should().BeNull();
    }

    [Fact]
    public void Load_UnexpectedJsonFile_IsReported()
    {
        var result = LoadWith("terms/wales-harmonised/2025.json", "{}");

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(CalendarProblemCodes.FileUnexpected);
    }

    [Fact]
    public void Load_BankHolidayListWithAYearNotListed_IsReported()
    {
        var content = File.ReadAllText(Path.Combine(RepositoryCalendars.Directory, BankHolidayFile.Path))
            .Replace("\"years\": [2024, 2025, 2026, 2027]", "\"years\": [2024, 2025, 2026]", StringComparison.Ordinal);

        var result = LoadWith(BankHolidayFile.Path, content);

        result.Problems.Where(p => p.File == BankHolidayFile.Path).Should().HaveCount(8).And.OnlyContain(p => p.Code == CalendarProblemCodes.DateOutOfRange);
        result.Catalog.BankHolidays.CoveredYears.Should().BeEmpty();
    }

    [Fact]
    public void SchoolCalendarFor_SettingFixture_AddsItsClosures()
    {
        using var copy = RepositoryCalendars.Copy();
        copy.Write($"settings/{FixtureSetting}.json", File.ReadAllText(Path.Combine(RepositoryFolders.Fixture("calendars"), "settings", $"{FixtureSetting}.json")));
        var result = CalendarCatalog.Load(copy.Path);

        var terms = result.Catalog.SchoolCalendarFor("cardiff", FixtureSetting, D("2025-09-01"), D("2025-12-31"))!;

        result.Problems.Should().BeEmpty();
        terms.IsTermDay(D("2025-10-24")).Should().BeFalse();
        terms.IsTermDay(D("2025-10-23")).Should().BeTrue();
        terms.Source.Should().Contain("TEST FIXTURE");
        result.Catalog.SchoolCalendarFor("cardiff", null, D("2025-09-01"), D("2025-12-31")).Should().BeNull(because: "without the school's file its INSET days are unknown");
    }

    [Fact]
    public void SchoolCalendarFor_SettingOfAnotherAuthority_ReturnsNull()
    {
        using var copy = RepositoryCalendars.Copy();
        copy.Write($"settings/{FixtureSetting}.json", File.ReadAllText(Path.Combine(RepositoryFolders.Fixture("calendars"), "settings", $"{FixtureSetting}.json")));

        CalendarCatalog.Load(copy.Path).Catalog.SchoolCalendarFor("swansea", FixtureSetting, D("2025-09-01"), D("2025-12-31")).Should().BeNull();
    }

    [Fact]
    public void SchoolCalendarFor_SettingFileWithProblems_ReturnsNullRatherThanIgnoringItsClosures()
    {
        var setting = """
            {
              "setting": "a-school",
              "authority": "cardiff",
              "overrides": [ { "academicYear": "2025-26", "closures": [ { "date": "2025-10-27", "reason": "INSET" } ] } ],
              "source": { "title": "t" }
            }
            """;

        var result = LoadWith("settings/a-school.json", setting);

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(CalendarProblemCodes.DateOutOfRange); // 27 Oct 2025 is half-term
        problem.Line.Should().Be(LineOf(setting, "2025-10-27"));
        result.Catalog.SchoolCalendarFor("cardiff", "a-school", D("2025-09-01"), D("2025-12-31")).Should().BeNull();
        result.Catalog.GapAt("cardiff", "a-school", D("2025-09-01")).Should().Be(SchoolCalendarGap.SettingFile);
    }
}

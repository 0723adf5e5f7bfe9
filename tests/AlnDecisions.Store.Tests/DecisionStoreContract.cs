using System.Diagnostics;
using System.Text;
using AlnDecisions.Store.Configuration;
using AlnDecisions.Store.Retention;
using AlnDecisions.Store.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace AlnDecisions.Store.Tests;

/// <summary>
/// What every backend must do, run once against SQLite (a real temporary file) and once against
/// PostgreSQL (a real server): the subclasses only say which.
/// </summary>
public abstract class DecisionStoreContract(StoreTarget target, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<DecisionStore> _stores = [];

    protected StoreTarget Target => target;

    protected ITestOutputHelper Output => output;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 10, 1, 9, 30, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetAsync_AfterAppend_ReturnsExactlyTheStoredBytesAndMetadata()
    {
        var (store, _) = await NewStoreAsync();
        var record = Decisions.Record(kinds: [new("ALN_DETERMINATION", "HAS_ALN"), new("IDP_RESPONSIBILITY", "SCHOOL")]);

        await store.AppendAsync(record);
        var stored = await store.GetAsync(record.DecisionId);

        stored.Should().NotBeNull();
        stored!.Request.ToArray().Should().Equal(record.Request.ToArray());
        stored.Response.ToArray().Should().Equal(record.Response.ToArray());
        stored.CaseReference.Should().Be(record.CaseReference);
        stored.Authority.Should().Be(record.Authority);
        stored.DecisionDate.Should().Be(record.DecisionDate);
        stored.RecordedAt.Should().Be(Clock.GetUtcNow());
        stored.Kinds.Should().Equal(record.Kinds);
        stored.RuleSets.Should().Equal(record.RuleSets);
        stored.HumanDecisions.Should().BeEmpty();
    }

    [Fact]
    public async Task GetAsync_UnknownOrMalformedId_ReturnsNull()
    {
        var (store, _) = await NewStoreAsync();
        await store.AppendAsync(Decisions.Record());

        (await store.GetAsync(Decisions.NewId())).Should().BeNull();
        (await store.GetAsync("not-a-ulid")).Should().BeNull();
    }

    [Fact]
    public async Task AppendAsync_SameDecisionIdTwice_ThrowsAlreadyRecordedAndKeepsTheFirst()
    {
        var (store, _) = await NewStoreAsync();
        var first = Decisions.Record();
        var again = new DecisionRecord(first.DecisionId, "another-case", "powys", first.DecisionDate, first.Kinds, first.RuleSets, new byte[] { 1 }, new byte[] { 2 });
        await store.AppendAsync(first);

        var act = () => store.AppendAsync(again);

        (await act.Should().ThrowAsync<DecisionAlreadyRecordedException>()).Which.DecisionId.Should().Be(first.DecisionId);
        (await store.GetAsync(first.DecisionId))!.CaseReference.Should().Be(first.CaseReference);
    }

    [Fact]
    public async Task AppendAsync_OneDuplicateInABatch_FailsOnlyThatAppend()
    {
        var (store, _) = await NewStoreAsync();
        var existing = Decisions.Record();
        await store.AppendAsync(existing);
        var fresh = Enumerable.Range(0, 20).Select(_ => Decisions.Record()).ToList();
        var duplicate = new DecisionRecord(existing.DecisionId, "x", "powys", existing.DecisionDate, existing.Kinds, existing.RuleSets, new byte[] { 1 }, new byte[] { 2 });

        var appends = fresh.Select(r => store.AppendAsync(r)).Append(store.AppendAsync(duplicate)).ToList();
        var outcomes = await Task.WhenAll(appends.Select(async t =>
        {
            try
            {
                await t;
                return "ok";
            }
            catch (DecisionAlreadyRecordedException)
            {
                return "duplicate";
            }
        }));

        outcomes.Count(o => o == "ok").Should().Be(20);
        outcomes.Count(o => o == "duplicate").Should().Be(1);
        foreach (var record in fresh)
        {
            (await store.GetAsync(record.DecisionId)).Should().NotBeNull();
        }
    }

    [Fact]
    public async Task AppendAsync_CopiedDatabaseFiles_RevealNoFactsWithoutTheKey()
    {
        var (store, options) = await NewStoreAsync();
        var marker = Decisions.Marker();
        var reasonMarker = "reason-marker-" + Guid.NewGuid().ToString("N");
        var record = Decisions.Record(marker: marker, kinds: [new("POST16_REASONABLE_NEEDS", "IDP_NECESSARY")]);
        await store.AppendAsync(record);
        var recorded = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "POST16_REASONABLE_NEEDS", "IDP_NOT_NECESSARY", false,
            new DecisionReason(reasonMarker + " the young person's needs are met by the college", ReasonLanguage.English, "cyfieithiad " + reasonMarker),
            "local authority ALN officer", new DateOnly(2025, 10, 3)));
        recorded.IsRecorded.Should().BeTrue();

        var files = await Target.RawFilesAsync(options);

        // The scan reads the real rows: the pseudonymous case reference is stored in the clear, by design.
        files.Should().Contain(f => Contains(f, record.CaseReference), "the scan must see the stored rows to prove anything");
        foreach (var secret in new[] { marker, reasonMarker, "IDP_NECESSARY", "IDP_NOT_NECESSARY", "significantlyGreaterDifficulty", "dateOfBirth" })
        {
            files.Should().NotContain(f => Contains(f, secret), $"'{secret}' is a fact and must only be stored encrypted");
        }
    }

    [Fact]
    public async Task GetAsync_AfterKeyRotation_ReadsOldRecordsWithTheOldKeyAndRefusesWithoutIt()
    {
        var (store, options) = await NewStoreAsync();
        var old = Decisions.Record();
        await store.AppendAsync(old);
        await store.DisposeAsync();
        _stores.Remove(store);

        var rotatedKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        options.Encryption.Keys["test-2026"] = rotatedKey;
        options.Encryption.ActiveKeyId = "test-2026";
        var rotated = Track(new DecisionStore(options, Clock));
        var fresh = Decisions.Record();
        await rotated.AppendAsync(fresh);

        (await rotated.GetAsync(old.DecisionId))!.Response.ToArray().Should().Equal(old.Response.ToArray());
        (await rotated.GetAsync(fresh.DecisionId))!.Response.ToArray().Should().Equal(fresh.Response.ToArray());
        await rotated.DisposeAsync();
        _stores.Remove(rotated);

        options.Encryption.Keys.Remove(StoreTarget.TestKeyId);
        var retired = Track(new DecisionStore(options, Clock));
        (await retired.GetAsync(fresh.DecisionId)).Should().NotBeNull();
        var act = () => retired.GetAsync(old.DecisionId);
        (await act.Should().ThrowAsync<DecisionRecordUnreadableException>()).Which.KeyMissing.Should().BeTrue();
    }

    [Fact]
    public async Task GetAsync_CiphertextMovedToAnotherRecord_FailsAuthentication()
    {
        var (store, options) = await NewStoreAsync();
        var victim = Decisions.Record();
        var donor = Decisions.Record();
        await store.AppendAsync(victim);
        await store.AppendAsync(donor);

        await Target.ExecuteAsync(options,
            $"UPDATE decision_records SET nonce = (SELECT nonce FROM decision_records WHERE decision_id = '{donor.DecisionId}'), " +
            $"sealed = (SELECT sealed FROM decision_records WHERE decision_id = '{donor.DecisionId}') WHERE decision_id = '{victim.DecisionId}'");
        var act = () => store.GetAsync(victim.DecisionId);

        (await act.Should().ThrowAsync<DecisionRecordUnreadableException>()).Which.KeyMissing.Should().BeFalse();
    }

    [Fact]
    public async Task ListAsync_PagedWithTokens_ReturnsEveryRecordOnceNewestFirst()
    {
        var (store, _) = await NewStoreAsync();
        var records = Enumerable.Range(0, 25).Select(_ => Decisions.Record(authority: "conwy")).ToList();
        foreach (var record in records)
        {
            await store.AppendAsync(record);
        }

        await store.AppendAsync(Decisions.Record(authority: "powys"));
        var seen = new List<string>();
        var pageSizes = new List<int>();
        string? token = null;
        do
        {
            var result = await store.ListAsync(new DecisionQuery { Authority = "conwy", PageSize = 10, PageToken = token });
            result.IsValid.Should().BeTrue();
            pageSizes.Add(result.Page!.Decisions.Count);
            seen.AddRange(result.Page.Decisions.Select(d => d.DecisionId));
            token = result.Page.NextPageToken;

            // A record made while paging is newer than every page boundary: it never shifts a page.
            await store.AppendAsync(Decisions.Record(authority: "conwy"));
        }
        while (token is not null);

        pageSizes.Should().Equal(10, 10, 5);
        seen.Should().Equal(records.Select(r => r.DecisionId).Reverse());
    }

    [Fact]
    public async Task ListAsync_Filters_MatchCaseAuthorityKindAndDateRange()
    {
        var (store, _) = await NewStoreAsync();
        var a1 = Decisions.Record("case-a", "cardiff", new DateOnly(2025, 9, 1), kinds: [new("ALN_DETERMINATION", "HAS_ALN")]);
        var a2 = Decisions.Record("case-a", "cardiff", new DateOnly(2025, 10, 15), kinds: [new("CROSS_BORDER", "NOT_CROSS_BORDER"), new("ALN_DETERMINATION", "HAS_ALN")]);
        var b1 = Decisions.Record("case-b", "cardiff", new DateOnly(2025, 10, 20), kinds: [new("CROSS_BORDER", "HOME_AUTHORITY_RESPONSIBLE")]);
        var c1 = Decisions.Record("case-c", "newport", new DateOnly(2025, 10, 20), kinds: [new("CROSS_BORDER", "HOME_AUTHORITY_RESPONSIBLE")]);
        foreach (var r in new[] { a1, a2, b1, c1 })
        {
            await store.AppendAsync(r);
        }

        async Task<IEnumerable<string>> Ids(DecisionQuery q) => (await store.ListAsync(q)).Page!.Decisions.Select(d => d.DecisionId);

        (await Ids(new DecisionQuery { CaseReference = "case-a" })).Should().Equal(a2.DecisionId, a1.DecisionId);
        (await Ids(new DecisionQuery { Authority = "cardiff" })).Should().Equal(b1.DecisionId, a2.DecisionId, a1.DecisionId);
        (await Ids(new DecisionQuery { Authority = "cardiff", Kind = "CROSS_BORDER" })).Should().Equal(b1.DecisionId, a2.DecisionId);
        (await Ids(new DecisionQuery { Kind = "CROSS_BORDER", DecidedFrom = new DateOnly(2025, 10, 16) })).Should().Equal(c1.DecisionId, b1.DecisionId);
        (await Ids(new DecisionQuery { CaseReference = "case-a", DecidedFrom = new DateOnly(2025, 9, 1), DecidedTo = new DateOnly(2025, 9, 1) })).Should().Equal(a1.DecisionId);
        (await Ids(new DecisionQuery { CaseReference = "case-a", Authority = "newport" })).Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_BadQuery_IsRefusedWithEveryProblem()
    {
        var (store, _) = await NewStoreAsync();
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAsync(Decisions.Record(authority: "torfaen"));
        }

        var first = await store.ListAsync(new DecisionQuery { Authority = "torfaen", PageSize = 1 });
        var otherQuery = await store.ListAsync(new DecisionQuery { Authority = "powys", PageSize = 1, PageToken = first.Page!.NextPageToken });
        var bad = await store.ListAsync(new DecisionQuery { PageSize = 0, DecidedFrom = new DateOnly(2025, 10, 2), DecidedTo = new DateOnly(2025, 10, 1), PageToken = "garbage!" });

        otherQuery.IsValid.Should().BeFalse();
        otherQuery.Problems.Should().ContainSingle().Which.Code.Should().Be(StoreProblemCode.InvalidPageToken);
        bad.Problems.Select(p => p.Code).Should().BeEquivalentTo([StoreProblemCode.PageSizeOutOfRange, StoreProblemCode.DateRangeReversed, StoreProblemCode.InvalidPageToken]);
    }

    [Fact]
    public async Task RecordOutcomeAsync_OverrideWithoutReason_IsRefusedAndNothingIsRecorded()
    {
        var (store, _) = await NewStoreAsync();
        var record = Decisions.Record();
        await store.AppendAsync(record);

        var noReason = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "ALN_DETERMINATION", "NO_ALN", false, null, "ALNCo", new DateOnly(2025, 10, 2)));
        var blankReason = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "ALN_DETERMINATION", "NO_ALN", false,
            new DecisionReason("  ", ReasonLanguage.Welsh), "ALNCo", new DateOnly(2025, 10, 2)));

        noReason.IsRecorded.Should().BeFalse();
        noReason.Problems.Should().ContainSingle().Which.Should().Match<StoreProblem>(p => p.Code == StoreProblemCode.ReasonRequiredForOverride && p.Field == "reason");
        blankReason.Problems.Should().ContainSingle().Which.Should().Match<StoreProblem>(p => p.Code == StoreProblemCode.ReasonRequiredForOverride && p.Field == "reason.text");
        (await store.GetAsync(record.DecisionId))!.HumanDecisions.Should().BeEmpty();
    }

    [Fact]
    public async Task RecordOutcomeAsync_SeveralOverTime_KeepsHistoryAndTheLatestStands()
    {
        var (store, _) = await NewStoreAsync();
        var record = Decisions.Record(kinds: [new("ALN_DETERMINATION", "HAS_ALN"), new("IDP_RESPONSIBILITY", "SCHOOL")]);
        await store.AppendAsync(record);

        var follows = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "ALN_DETERMINATION", "HAS_ALN", true, null, "ALNCo", new DateOnly(2025, 10, 2)));
        Clock.Advance(TimeSpan.FromDays(20));
        var reason = new DecisionReason("Mae'r dysgwr wedi gwneud cynnydd da gyda chymorth cyffredinol.", ReasonLanguage.Welsh,
            "The learner has made good progress with universal support.");
        var overrides = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "ALN_DETERMINATION", "NO_ALN", false, reason, "headteacher", new DateOnly(2025, 10, 21)));
        var idp = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "IDP_RESPONSIBILITY", "SCHOOL", true, null, "ALNCo", new DateOnly(2025, 10, 21)));

        follows.IsRecorded.Should().BeTrue();
        overrides.IsRecorded.Should().BeTrue();
        idp.IsRecorded.Should().BeTrue();
        var stored = (await store.GetAsync(record.DecisionId))!;
        stored.HumanDecisions.Select(h => h.Decision.FinalOutcome).Should().Equal("HAS_ALN", "NO_ALN", "SCHOOL");
        stored.HumanDecisions[0].RecordedAt.Should().Be(Clock.GetUtcNow() - TimeSpan.FromDays(20));
        var current = stored.CurrentHumanDecision("ALN_DETERMINATION")!;
        current.Decision.Should().Be(overrides.Recorded!.Decision);
        current.Decision.Reason.Should().Be(reason);
        current.RecordedAt.Should().Be(Clock.GetUtcNow());
        stored.CurrentHumanDecision("CROSS_BORDER").Should().BeNull();
    }

    [Fact]
    public async Task RecordOutcomeAsync_InconsistentOrUnknown_IsRefusedWithTypedProblems()
    {
        var (store, _) = await NewStoreAsync();
        var record = Decisions.Record();
        await store.AppendAsync(record);
        var on = new DateOnly(2025, 10, 2);

        var unknown = await store.RecordOutcomeAsync(new HumanDecision(Decisions.NewId(), "ALN_DETERMINATION", "HAS_ALN", true, null, "ALNCo", on));
        var otherKind = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "CROSS_BORDER", "NOT_CROSS_BORDER", true, null, "ALNCo", on));
        var mismatch = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "ALN_DETERMINATION", "NO_ALN", true, null, "ALNCo", on));
        var blank = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "ALN_DETERMINATION", " ", true, null, "", on));
        var malformed = await store.RecordOutcomeAsync(new HumanDecision(record.DecisionId, "ALN_DETERMINATION", "HAS_ALN", true,
            new DecisionReason("Agreed.", (ReasonLanguage)9, ""), new string('r', 201), on));
        var badId = await store.RecordOutcomeAsync(new HumanDecision("not-a-ulid", "ALN_DETERMINATION", "HAS_ALN", true, null, "ALNCo", on));

        unknown.IsDecisionNotFound.Should().BeTrue();
        otherKind.Problems.Should().ContainSingle().Which.Code.Should().Be(StoreProblemCode.KindNotDecided);
        mismatch.Problems.Should().ContainSingle().Which.Code.Should().Be(StoreProblemCode.FollowsRecommendationMismatch);
        blank.Problems.Select(p => (p.Field, p.Code)).Should().BeEquivalentTo([("finalOutcome", StoreProblemCode.Required), ("deciderRole", StoreProblemCode.Required)]);
        malformed.Problems.Select(p => (p.Field, p.Code)).Should().BeEquivalentTo([
            ("deciderRole", StoreProblemCode.TooLong), ("reason.language", StoreProblemCode.Malformed), ("reason.translation", StoreProblemCode.Required)]);
        badId.Problems.Should().ContainSingle().Which.Should().Match<StoreProblem>(p => p.Field == "decisionId" && p.Code == StoreProblemCode.Malformed);
    }

    [Fact]
    public async Task EraseCaseAsync_ErasesEveryRecordAndHumanDecisionOfTheCaseOnly()
    {
        var (store, _) = await NewStoreAsync();
        var erased = Enumerable.Range(0, 3).Select(_ => Decisions.Record("case-to-erase")).ToList();
        var kept = Decisions.Record("case-to-keep");
        foreach (var r in erased.Append(kept))
        {
            await store.AppendAsync(r);
            (await store.RecordOutcomeAsync(new HumanDecision(r.DecisionId, "ALN_DETERMINATION", "HAS_ALN", true, null, "ALNCo", new DateOnly(2025, 10, 2)))).IsRecorded.Should().BeTrue();
        }

        var count = await store.EraseCaseAsync("case-to-erase");

        count.Should().Be(3);
        foreach (var r in erased)
        {
            (await store.GetAsync(r.DecisionId)).Should().BeNull();
            (await store.RecordOutcomeAsync(new HumanDecision(r.DecisionId, "ALN_DETERMINATION", "HAS_ALN", true, null, "ALNCo", new DateOnly(2025, 10, 3)))).IsDecisionNotFound.Should().BeTrue();
        }

        (await store.ListAsync(new DecisionQuery { CaseReference = "case-to-erase" })).Page!.Decisions.Should().BeEmpty();
        (await store.GetAsync(kept.DecisionId))!.HumanDecisions.Should().ContainSingle();
        (await store.EraseCaseAsync("case-to-erase")).Should().Be(0);
    }

    [Fact]
    public async Task EraseCaseAsync_ForOneAuthority_KeepsAnotherAuthoritysSameCaseReference()
    {
        // A case reference is each authority's own pseudonym: the same string elsewhere is another learner.
        var (store, _) = await NewStoreAsync();
        var gwynedd = Decisions.Record("shared-ref", authority: "gwynedd");
        var cardiff = Decisions.Record("shared-ref", authority: "cardiff");
        await store.AppendAsync(gwynedd);
        await store.AppendAsync(cardiff);

        var count = await store.EraseCaseAsync("shared-ref", "gwynedd");

        count.Should().Be(1);
        (await store.GetAsync(gwynedd.DecisionId)).Should().BeNull();
        (await store.GetAsync(cardiff.DecisionId)).Should().NotBeNull();
    }

    [Fact]
    public async Task DeleteExpiredAsync_OnAFakeClock_DeletesByEachAuthoritysRetention()
    {
        var (store, _) = await NewStoreAsync(o =>
        {
            o.Retention.Default = TimeSpan.FromDays(365);
            o.Retention.Authorities["powys"] = TimeSpan.FromDays(30);
        });
        var powysOld = Decisions.Record(authority: "powys");
        var conwyOld = Decisions.Record(authority: "conwy");
        await store.AppendAsync(powysOld);
        await store.AppendAsync(conwyOld);
        (await store.RecordOutcomeAsync(new HumanDecision(powysOld.DecisionId, "ALN_DETERMINATION", "HAS_ALN", true, null, "ALNCo", new DateOnly(2025, 10, 2)))).IsRecorded.Should().BeTrue();
        Clock.Advance(TimeSpan.FromDays(20));
        var powysNew = Decisions.Record(authority: "powys");
        await store.AppendAsync(powysNew);

        Clock.Advance(TimeSpan.FromDays(11));
        var afterMonth = await store.DeleteExpiredAsync();
        Clock.Advance(TimeSpan.FromDays(335));
        var afterYear = await store.DeleteExpiredAsync();

        afterMonth.Should().Be(1);
        afterYear.Should().Be(2);
        (await store.ListAsync(new DecisionQuery())).Page!.Decisions.Should().BeEmpty();
    }

    [Fact]
    public async Task RetentionService_DrivenByAFakeClock_DeletesRecordsAsTheyExpire()
    {
        var (store, _) = await NewStoreAsync(o =>
        {
            o.Retention.Default = TimeSpan.FromDays(7);
            o.Retention.SweepInterval = TimeSpan.FromHours(1);
        });
        var record = Decisions.Record();
        await store.AppendAsync(record);
        using var job = new DecisionRetentionService(store, Clock);
        var sweeps = System.Threading.Channels.Channel.CreateUnbounded<RetentionSweep>();
        job.SweepCompleted += (_, sweep) => sweeps.Writer.TryWrite(sweep);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await job.StartAsync(CancellationToken.None);
        var atStart = await sweeps.Reader.ReadAsync(timeout.Token);
        Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var sweep = await sweeps.Reader.ReadAsync(timeout.Token);
        while (sweep.Deleted == 0)
        {
            // Advancing seven days fires the hourly timer once; the clock is past expiry from then on.
            Clock.Advance(TimeSpan.FromHours(1));
            sweep = await sweeps.Reader.ReadAsync(timeout.Token);
        }

        await job.StopAsync(CancellationToken.None);

        atStart.Should().Match<RetentionSweep>(s => s.Succeeded && s.Deleted == 0);
        sweep.Should().Match<RetentionSweep>(s => s.Succeeded && s.Deleted == 1);
        (await store.GetAsync(record.DecisionId)).Should().BeNull();
    }

    [Fact]
    public async Task AppendAsync_ManyConcurrentCallers_AreBatchedIntoFewerTransactions()
    {
        const int Appends = 400;
        var (store, _) = await NewStoreAsync();
        await store.StartAsync();
        var records = Enumerable.Range(0, Appends).Select(_ => Decisions.Record(authority: "swansea")).ToList();

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(records.Select(r => Task.Run(() => store.AppendAsync(r))));
        watch.Stop();

        var statistics = store.Statistics;
        Output.WriteLine($"{GetType().Name}: {Appends} concurrent appends in {statistics.Transactions} transactions (largest batch {statistics.LargestBatch}) in {watch.ElapsedMilliseconds} ms");
        statistics.AppendsCommitted.Should().Be(Appends);
        statistics.Transactions.Should().BeLessThan(Appends);
        var listed = 0;
        string? token = null;
        do
        {
            var page = (await store.ListAsync(new DecisionQuery { Authority = "swansea", PageSize = DecisionQuery.MaxPageSize, PageToken = token })).Page!;
            listed += page.Decisions.Count;
            token = page.NextPageToken;
        }
        while (token is not null);

        listed.Should().Be(Appends);
    }

    [Fact]
    public async Task AppendAsync_QueueFull_FailsFastWithTheTypedExceptionAndTheAcceptedOnesCommit()
    {
        var (store, options) = await NewStoreAsync(o => o.QueueCapacity = 1);
        await store.StartAsync();
        var accepted = new List<(DecisionRecord Record, Task Append)>();
        DecisionStoreUnavailableException? refusal = null;

        await using (await Target.HoldWriteLockAsync(options))
        {
            // The writer takes the first append and blocks on the lock; the next fills the queue
            // of one; the one after must be refused at once.
            for (var i = 0; i < 10 && refusal is null; i++)
            {
                var record = Decisions.Record();
                var append = store.AppendAsync(record);

                // A refusal is immediate: the task has already failed when the call returns.
                if (append.IsFaulted)
                {
                    refusal = append.Exception!.InnerException as DecisionStoreUnavailableException;
                }
                else
                {
                    accepted.Add((record, append));
                }

                await Task.Delay(50);
            }
        }

        refusal.Should().NotBeNull();
        refusal!.Reason.Should().Be(StoreUnavailableReason.QueueFull);
        accepted.Should().HaveCountGreaterThan(0);
        await Task.WhenAll(accepted.Select(a => a.Append));
        foreach (var (record, _) in accepted)
        {
            (await store.GetAsync(record.DecisionId)).Should().NotBeNull();
        }
    }

    [Fact]
    public async Task StartAsync_TwoStoresAtOnceOnANewDatabase_BothStartAndEachReadsTheOthersRecords()
    {
        var options = await Target.NewDatabaseAsync();
        var first = Track(new DecisionStore(options, Clock));
        var second = Track(new DecisionStore(options, Clock));

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var record = Decisions.Record();
        await first.AppendAsync(record);

        (await second.GetAsync(record.DecisionId)).Should().NotBeNull();
        (await Target.SchemaVersionsAsync(options)).Should().OnlyHaveUniqueItems().And.NotBeEmpty();
    }

    [Fact]
    public async Task GetAsync_TwoStoresOnOneDatabase_EachReadsAndRecordsOnTheOthersDecisions()
    {
        var options = await Target.NewDatabaseAsync();
        var hostA = Track(new DecisionStore(options, Clock));
        var hostB = Track(new DecisionStore(options, Clock));
        var madeOnA = Decisions.Record();
        var madeOnB = Decisions.Record();

        await Task.WhenAll(hostA.AppendAsync(madeOnA), hostB.AppendAsync(madeOnB));
        var recordedOnB = await hostB.RecordOutcomeAsync(new HumanDecision(madeOnA.DecisionId, "ALN_DETERMINATION", "HAS_ALN", true, null, "ALNCo", new DateOnly(2025, 10, 2)));

        recordedOnB.IsRecorded.Should().BeTrue();
        var readOnA = (await hostA.GetAsync(madeOnA.DecisionId))!;
        readOnA.Response.ToArray().Should().Equal(madeOnA.Response.ToArray());
        readOnA.HumanDecisions.Should().ContainSingle();
        (await hostA.GetAsync(madeOnB.DecisionId))!.Response.ToArray().Should().Equal(madeOnB.Response.ToArray());
    }

    [Fact]
    public async Task StartAsync_OnAnExistingDatabase_AppliesNothingAndKeepsTheRecords()
    {
        var (store, options) = await NewStoreAsync();
        var record = Decisions.Record();
        await store.AppendAsync(record);
        await store.DisposeAsync();
        _stores.Remove(store);

        var reopened = Track(new DecisionStore(options, Clock));
        await reopened.StartAsync();

        (await reopened.GetAsync(record.DecisionId)).Should().NotBeNull();
    }

    [Fact]
    public async Task AppendAsync_AfterDispose_FailsAsShuttingDown()
    {
        var (store, _) = await NewStoreAsync();
        await store.StartAsync();
        var pending = Enumerable.Range(0, 10).Select(_ => Decisions.Record()).Select(r => (r, store.AppendAsync(r))).ToList();
        await store.DisposeAsync();

        // Everything accepted before the close was committed first.
        await Task.WhenAll(pending.Select(p => p.Item2));
        var act = () => store.AppendAsync(Decisions.Record());
        (await act.Should().ThrowAsync<DecisionStoreUnavailableException>()).Which.Reason.Should().Be(StoreUnavailableReason.ShuttingDown);
    }

    protected async Task<(DecisionStore Store, DecisionStoreOptions Options)> NewStoreAsync(Action<DecisionStoreOptions>? configure = null)
    {
        var options = await Target.NewDatabaseAsync();
        configure?.Invoke(options);
        return (Track(new DecisionStore(options, Clock)), options);
    }

    protected DecisionStore Track(DecisionStore store)
    {
        _stores.Add(store);
        return store;
    }

    protected static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}

using System.Net.Http.Headers;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Telemetry;
using OpenTelemetry.Metrics;

namespace AlnDecisions.Server.Tests;

/// <summary>Telemetry counts and times decisions and reloads, and carries no case data at all.</summary>
[Collection(SecuredServerCollection.Name)]
public sealed class TelemetryTests(SecuredServer server)
{
    [Fact]
    public async Task Decide_CaseWithDistinctiveFacts_NoSpanOrMetricCarriesAnyOfThem()
    {
        // Every text fact set to a value that could not appear in telemetry by chance.
        string[] facts = ["tel-probe-case-Zq81", "2014-03-17", "tel-probe-area-hearing", "tel-probe-setting-ref", "tel-probe-tier-3", "tel-probe-evidence-doc", "2025-09-08"];
        var request = new DecisionRequest
        {
            CaseReference = facts[0],
            Authority = "gwynedd",
            DecisionDate = "2025-10-01",
            Learner = new Learner
            {
                DateOfBirth = facts[1],
                Needs = new Needs { Areas = { facts[2] }, SignificantlyGreaterDifficulty = true, SolelyLanguageOfHome = false },
                Setting = new Setting { Kind = SettingKind.Types.Value.MaintainedSchool, Authority = "gwynedd", Reference = facts[3] },
                Provision = new Provision { Tier = facts[4], ReasonableAdjustmentsConsidered = true, AdditionalOrDifferentRequired = true },
            },
            Events = { new CaseEvent { Kind = CaseEventKind.Types.Value.BroughtToAttention, Date = facts[6], Body = EventBody.Types.Value.School, Evidence = facts[5] } },
        };
        var token = server.Token("mis-telemetry");
        server.Spans.Clear();
        server.Metrics.Clear();

        var response = await server.Client.DecideAsync(request, TestTokens.Bearer(token));
        using (var json = new HttpRequestMessage(HttpMethod.Post, "/v1/decisions:decide"))
        {
            json.Content = new StringContent(AlnDecisions.Contract.ContractJson.Formatter.Format(request), System.Text.Encoding.UTF8, "application/json");
            json.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var answer = await server.Http.SendAsync(json);
            answer.EnsureSuccessStatusCode();
        }

        server.FlushTelemetry();

        // It recorded something, so an empty exporter cannot pass this test.
        response.Decisions.Should().NotBeEmpty();
        server.Spans.Should().Contain(s => s.OperationName == "aln.decide");
        server.Metrics.Should().Contain(m => m.Name == "aln.decisions");
        var values = TelemetryValues().ToList();
        values.Should().Contain("aln.authority=gwynedd");
        foreach (var fact in facts)
        {
            values.Should().NotContain(v => v.Contains(fact, StringComparison.Ordinal), $"'{fact}' is a case fact");
        }
    }

    [Fact]
    public async Task Decide_Decided_CountedByKindOutcomeAndAuthorityAndTimed()
    {
        server.Metrics.Clear();

        await server.Client.DecideAsync(Cases.LanguageOfHomeOnly("counted"), TestTokens.Bearer(server.Token("mis-counted")));
        server.FlushTelemetry();

        var decisions = Points("aln.decisions").ToList();
        decisions.Should().Contain(p => p.Tags["kind"] == "ALN_DETERMINATION" && p.Tags["outcome"] == "NO_ALN" && p.Tags["authority"] == "gwynedd" && p.Sum >= 1);
        Points("aln.decision.duration").Should().Contain(p => p.Tags["rpc"] == "Decide" && p.Tags["result"] == "decided" && p.Count >= 1);
    }

    [Fact]
    public async Task Decide_Unauthenticated_CountedAsRefused()
    {
        server.Metrics.Clear();

        var act = () => server.Client.DecideAsync(Cases.LanguageOfHomeOnly()).ResponseAsync;
        await act.Should().ThrowAsync<Grpc.Core.RpcException>();
        server.FlushTelemetry();

        Points("aln.requests.refused").Should().Contain(p => p.Tags["reason"] == RefusalReasons.Unauthenticated && p.Sum >= 1);
    }

    [Fact]
    public async Task Reload_RuleFileEditRejected_CountedAsARejectedEditAndVisibleAsAGauge()
    {
        var file = Path.Combine(server.RulesDirectory, "national", "aln-determination.json");
        var original = await File.ReadAllTextAsync(file);
        try
        {
            server.Metrics.Clear();
            await File.WriteAllTextAsync(file, original.Replace("\"RuleName\": \"aged-25-or-over\",", "\"RuleName\": \"aged-25-or-over\", \"Typo\": 1,", StringComparison.Ordinal));

            await Eventually(() =>
            {
                server.FlushTelemetry();
                return Points("aln.rulesets.rejected_edits").Any(p => p.Sum >= 1) && Points("aln.rulesets.files_rejected").Any(p => p.Gauge >= 1);
            });

            Points("aln.rulesets.reloads").Should().Contain(p => p.Tags["result"] == "rejected_edits");
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
            await Eventually(() =>
            {
                server.FlushTelemetry();
                return Points("aln.rulesets.files_rejected").LastOrDefault() is { Gauge: 0 };
            });
        }
    }

    /// <summary>Every string a span or a metric point carries: names, tags, events, status.</summary>
    private IEnumerable<string> TelemetryValues()
    {
        foreach (var span in server.Spans)
        {
            yield return span.DisplayName;
            yield return span.StatusDescription ?? string.Empty;
            foreach (var tag in span.TagObjects)
            {
                yield return tag.Key + "=" + tag.Value;
            }

            foreach (var item in span.Baggage)
            {
                yield return item.Key + "=" + item.Value;
            }

            foreach (var spanEvent in span.Events)
            {
                yield return spanEvent.Name;
                foreach (var tag in spanEvent.Tags)
                {
                    yield return tag.Key + "=" + tag.Value;
                }
            }
        }

        foreach (var metric in server.Metrics)
        {
            yield return metric.Name;
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in point.Tags)
                {
                    yield return tag.Key + "=" + tag.Value;
                }
            }
        }
    }

    private IEnumerable<Point> Points(string name) =>
        server.Metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints.Select(p => Point.From(m, p)));

    private static async Task Eventually(Func<bool> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!probe())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the metric did not appear within 30 s");
            }

            await Task.Delay(100);
        }
    }

    private sealed record Point(Dictionary<string, string?> Tags, double Sum, long Count, double Gauge)
    {
        public static Point From(MetricSnapshot metric, MetricPoint point)
        {
            var tags = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var tag in point.Tags)
            {
                tags[tag.Key] = tag.Value?.ToString();
            }

            return metric.MetricType switch
            {
                MetricType.LongSum => new Point(tags, point.GetSumLong(), 0, 0),
                MetricType.DoubleSum => new Point(tags, point.GetSumDouble(), 0, 0),
                MetricType.LongGauge => new Point(tags, 0, 0, point.GetGaugeLastValueLong()),
                MetricType.DoubleGauge => new Point(tags, 0, 0, point.GetGaugeLastValueDouble()),
                MetricType.Histogram => new Point(tags, point.GetHistogramSum(), point.GetHistogramCount(), 0),
                _ => new Point(tags, 0, 0, 0),
            };
        }
    }
}

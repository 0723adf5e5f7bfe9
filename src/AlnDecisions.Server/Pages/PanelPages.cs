using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Pages.Components;
using AlnDecisions.Server.Pages.Texts;
using AlnDecisions.Server.Recording;
using AlnDecisions.Server.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AlnDecisions.Server.Pages;

/// <summary>
/// The pages people read, served on the HTTP/1.1 (JSON) port: a decision as its panel reads it
/// (<c>/panel/decisions/{decisionId}</c>) and the family's notice of it
/// (<c>/panel/decisions/{decisionId}/notice</c>). Razor components rendered on the server, with no
/// script. Each reads the decision only through <see cref="DecisionRecords.GetAsync"/>, so it sees
/// exactly what <c>GetDecision</c> returns to the same caller, under the same roles: the
/// <see cref="AlnPolicies.ReadDecisions"/> policy, then the record's own authority (another
/// authority's decision is 403, as <c>GetDecision</c> answers PERMISSION_DENIED, 403 over JSON).
/// </summary>
internal static partial class PanelPages
{
    public const string Prefix = "/panel/decisions";

    private const string LangParameter = "lang";

    public static void AddAlnPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton<OutcomeChangeSearch>();
        builder.Services.AddSingleton<NoticeFactsReader>();
    }

    public static void MapAlnPages(this WebApplication app)
    {
        var pages = app.MapGroup(Prefix)
            .RequireAuthorization(AlnPolicies.ReadDecisions)
            .WithMetadata(PanelPageMetadata.Instance);
        pages.MapGet("/{decisionId}", PanelAsync);
        pages.MapGet("/{decisionId}/notice", NoticeAsync);
    }

    /// <summary>The address of the panel page of <paramref name="decisionId"/> in <paramref name="language"/>.</summary>
    public static string PanelAddress(string decisionId, PageLanguage language) => $"{Prefix}/{Uri.EscapeDataString(decisionId)}?lang={language.Code()}";

    /// <summary>The address of the notice of <paramref name="decisionId"/> in <paramref name="lang"/> (cy, en or both).</summary>
    public static string NoticeAddress(string decisionId, string lang) => $"{Prefix}/{Uri.EscapeDataString(decisionId)}/notice?lang={lang}";

    private static async Task<IResult> PanelAsync(string decisionId, HttpContext context, ILoggerFactory loggers)
    {
        PageAnswer.Secure(context.Response);
        if (QueryProblem(context.Request, out var lang) is { } problem)
        {
            return problem;
        }

        PageLanguage language;
        if (lang is null)
        {
            language = LanguageChoice.FromAcceptLanguage(context.Request.Headers.AcceptLanguage);
        }
        else if (!LanguageChoice.TryParse(lang, out language))
        {
            return BadLanguage(LanguageChoice.PanelValues);
        }

        var (record, refusal) = await ReadAsync(decisionId, context, loggers);
        if (record is null)
        {
            return refusal!;
        }

        var search = context.RequestServices.GetRequiredService<OutcomeChangeSearch>();
        var changes = await search.FindAsync(record, context.RequestAborted);
        return Page<PanelPage>(new Dictionary<string, object?>
        {
            [nameof(PanelPage.Record)] = record,
            [nameof(PanelPage.Language)] = language,
            [nameof(PanelPage.Changes)] = changes,
        });
    }

    private static async Task<IResult> NoticeAsync(string decisionId, HttpContext context, ILoggerFactory loggers)
    {
        PageAnswer.Secure(context.Response);
        if (QueryProblem(context.Request, out var lang) is { } problem)
        {
            return problem;
        }

        IReadOnlyList<PageLanguage> languages = PageLanguages.WelshFirst;
        if (lang is not null && !LanguageChoice.TryParseNotice(lang, out languages))
        {
            return BadLanguage(LanguageChoice.NoticeValues);
        }

        var (record, refusal) = await ReadAsync(decisionId, context, loggers);
        if (record is null)
        {
            return refusal!;
        }

        var facts = context.RequestServices.GetRequiredService<NoticeFactsReader>().Read(record);
        return Page<NoticePage>(new Dictionary<string, object?>
        {
            [nameof(NoticePage.Record)] = record,
            [nameof(NoticePage.Languages)] = languages,
            [nameof(NoticePage.Facts)] = facts,
        });
    }

    private static async Task<(RecordedDecision? Record, IResult? Refusal)> ReadAsync(string decisionId, HttpContext context, ILoggerFactory loggers)
    {
        if (context.RequestServices.GetService<DecisionRecords>() is not { } records)
        {
            return (null, PageAnswer.For(RecordStatus.NotRecording()));
        }

        try
        {
            return (await records.GetAsync(decisionId, context.User, context.RequestAborted), null);
        }
        catch (RpcException refused)
        {
            var logger = loggers.CreateLogger("AlnDecisions.Server.Pages");
            if (logger.IsEnabled(LogLevel.Information))
            {
                LogRefused(logger, context.Request.Path.Value?.EndsWith("/notice", StringComparison.Ordinal) == true ? "notice" : "panel", refused.StatusCode);
            }

            return (null, PageAnswer.For(refused));
        }
    }

    /// <summary>
    /// A page takes only <c>lang</c>, once: any other parameter is refused rather than ignored, as
    /// the JSON routes refuse theirs (a misspelt parameter must not silently show another language).
    /// </summary>
    private static RazorComponentResult<ErrorPage>? QueryProblem(HttpRequest request, out string? lang)
    {
        lang = null;
        foreach (var (name, value) in request.Query)
        {
            if (name != LangParameter || value.Count != 1)
            {
                return PageAnswer.Error(StatusCodes.Status400BadRequest, PageTexts.UnknownParameter);
            }

            lang = value[0] ?? string.Empty;
        }

        return null;
    }

    private static RazorComponentResult<ErrorPage> BadLanguage(string values) => PageAnswer.Error(StatusCodes.Status400BadRequest, new Domain.LocalisedText(
        PageTexts.Fill(PageTexts.BadLanguage.En, ("values", values)),
        PageTexts.Fill(PageTexts.BadLanguage.Cy, ("values", values.Replace(" or ", " neu ", StringComparison.Ordinal)))));

    private static RazorComponentResult<TPage> Page<TPage>(Dictionary<string, object?> parameters)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { ContentType = "text/html; charset=utf-8" };

    [LoggerMessage(EventId = 2400, Level = LogLevel.Information, Message = "Refused a {Page} page: {Status}")]
    private static partial void LogRefused(ILogger logger, string page, StatusCode status);
}

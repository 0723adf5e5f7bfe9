using AlnDecisions.Domain;
using AlnDecisions.Server.Pages.Components;
using AlnDecisions.Server.Pages.Texts;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AlnDecisions.Server.Pages;

/// <summary>How a page answers: the page itself, or an error page with the HTTP status the JSON twin of <c>GetDecision</c> would give.</summary>
internal static class PageAnswer
{
    /// <summary>The headers every page carries: no caching of a child's data, no script, no framing, no referrer leaking a decision id.</summary>
    public static void Secure(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = PageStyle.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    public static RazorComponentResult<ErrorPage> Error(int status, LocalisedText message) => new(new Dictionary<string, object?>
    {
        [nameof(ErrorPage.Title)] = TitleFor(status),
        [nameof(ErrorPage.Message)] = message,
    })
    {
        StatusCode = status,
        ContentType = "text/html; charset=utf-8",
    };

    /// <summary>The page for a refusal of the decision record (<see cref="Recording.DecisionRecords"/>): the status code its JSON twin answers with.</summary>
    public static RazorComponentResult<ErrorPage> For(RpcException refused) => refused.StatusCode switch
    {
        StatusCode.InvalidArgument => Error(StatusCodes.Status400BadRequest, PageTexts.MalformedId),
        StatusCode.NotFound => Error(StatusCodes.Status404NotFound, PageTexts.NotFound),
        StatusCode.PermissionDenied => Error(StatusCodes.Status403Forbidden, PageTexts.Forbidden),
        StatusCode.Unauthenticated => Error(StatusCodes.Status401Unauthorized, PageTexts.Unauthenticated),
        StatusCode.Unavailable => Error(StatusCodes.Status503ServiceUnavailable, PageTexts.Unavailable),
        StatusCode.FailedPrecondition => Error(StatusCodes.Status503ServiceUnavailable, PageTexts.NotRecording),
        _ => Error(StatusCodes.Status500InternalServerError, PageTexts.Failed),
    };

    /// <summary>Writes the refusal page for a call the edge refused before the page ran (authentication, role).</summary>
    public static Task WriteRefusalAsync(HttpContext context, int status)
    {
        Secure(context.Response);
        return Error(status, status == StatusCodes.Status401Unauthorized ? PageTexts.Unauthenticated : PageTexts.Forbidden).ExecuteAsync(context);
    }

    private static LocalisedText TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => PageTexts.ErrorTitleBadRequest,
        StatusCodes.Status401Unauthorized => PageTexts.ErrorTitleUnauthenticated,
        StatusCodes.Status403Forbidden => PageTexts.ErrorTitleForbidden,
        StatusCodes.Status404NotFound => PageTexts.ErrorTitleNotFound,
        StatusCodes.Status503ServiceUnavailable => PageTexts.ErrorTitleUnavailable,
        _ => PageTexts.ErrorTitleFailed,
    };
}

using System.Security.Claims;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Security;
using AlnDecisions.Server.Services;
using AlnDecisions.Store;
using AlnDecisions.Store.Configuration;
using Grpc.Core;
using Authorities = AlnDecisions.Domain.Authorities;
using Microsoft.Extensions.Options;
using StoreHumanDecision = AlnDecisions.Store.HumanDecision;
using V1HumanDecision = AlnDecisions.Contract.V1.HumanDecision;

namespace AlnDecisions.Server.Recording;

/// <summary>
/// Reading and adding to the decision record for one caller: a decision exactly as it was made, a
/// listing, the responsible body's own decision, and a case's erasure. Every record is held to the
/// caller's authority (<see cref="CallerAccess"/>) on top of the RPC's role policy, so the gRPC
/// methods, their JSON twins and any page the host serves give the same answers to the same caller.
/// </summary>
/// <remarks>
/// Refusals are <see cref="RpcException"/>s with the contract's codes: INVALID_ARGUMENT naming each
/// field (a <c>google.rpc.BadRequest</c>), NOT_FOUND, PERMISSION_DENIED, UNAVAILABLE.
/// </remarks>
internal sealed partial class DecisionRecords(
    DecisionStore store,
    CallerAccess access,
    DecisionPipeline pipeline,
    IOptions<DecisionStoreOptions> options,
    ILogger<DecisionRecords> logger)
{
    private const int MaxOutcomeCodeLength = 64;

    private DecisionRetentionOptions Retention => options.Value.Retention;

    /// <summary>The decision <paramref name="decisionId"/> as it was recorded, with its request and every human decision on it.</summary>
    public async Task<RecordedDecision> GetAsync(string decisionId, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!DecisionIds.IsValid(decisionId))
        {
            throw InvalidArgument.For([MalformedId()]);
        }

        var stored = await ReadableAsync(decisionId, caller, cancellationToken);
        return RecordMapping.ToContract(stored, Retention, withRequest: true);
    }

    /// <summary>One page of the decisions matching <paramref name="request"/> that <paramref name="caller"/> may see, newest first.</summary>
    public async Task<ListDecisionsResponse> ListAsync(ListDecisionsRequest request, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        string? kind = null;
        if (request.Kind != DecisionKind.Types.Value.DecisionKindUnspecified && (kind = KindNames.Of(request.Kind)) is null)
        {
            violations.Add(new("kind", $"not a decision kind: {string.Join(" ", KindList())}"));
        }

        var from = OptionalDate(request.DecidedFrom, "decidedFrom", violations);
        var to = OptionalDate(request.DecidedTo, "decidedTo", violations);
        var authority = ListingAuthority(request.Authority, caller, violations);
        if (violations.Count > 0)
        {
            throw InvalidArgument.For(violations);
        }

        var query = new DecisionQuery
        {
            CaseReference = Blank(request.CaseReference),
            Authority = authority,
            Kind = kind,
            DecidedFrom = from,
            DecidedTo = to,
            PageSize = request.PageSize == 0 ? DecisionQuery.DefaultPageSize : request.PageSize,
            PageToken = Blank(request.PageToken),
        };
        var result = await GuardAsync(() => store.ListAsync(query, cancellationToken), "the decisions could not be listed");
        if (!result.IsValid)
        {
            throw InvalidArgument.For([.. result.Problems.Select(p => new FieldViolation(p.Field, p.Message))]);
        }

        var page = result.Page!;
        var response = new ListDecisionsResponse { NextPageToken = page.NextPageToken ?? string.Empty };
        response.Decisions.AddRange(page.Decisions.Select(d => RecordMapping.ToContract(d, Retention, withRequest: false)));
        return response;
    }

    /// <summary>Records the responsible body's own decision on one kind of a recorded decision of the caller's authority.</summary>
    public async Task<V1HumanDecision> RecordOutcomeAsync(RecordOutcomeRequest request, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        var decidedOn = CheckOutcome(request, violations);
        if (!DecisionIds.IsValid(request.DecisionId))
        {
            throw InvalidArgument.For([MalformedId(), .. violations]);
        }

        // Whose decision it is comes before what is wrong with the request: a caller learns nothing
        // about another authority's decision from a validation message.
        await ReadableAsync(request.DecisionId, caller, cancellationToken);
        if (violations.Count > 0)
        {
            throw InvalidArgument.For(violations);
        }

        var reason = request.Reason is { } given
            ? new DecisionReason(given.Text, given.Language == Language.Types.Value.Welsh ? ReasonLanguage.Welsh : ReasonLanguage.English, Blank(given.Translation))
            : null;
        var human = new StoreHumanDecision(request.DecisionId, KindNames.Of(request.Kind)!, request.FinalOutcome, request.FollowsRecommendation,
            reason, request.DeciderRole.Trim(), decidedOn);
        var result = await GuardAsync(() => store.RecordOutcomeAsync(human, cancellationToken), "the decision was not recorded");
        if (result.IsDecisionNotFound)
        {
            throw RecordStatus.NotFound();
        }

        if (!result.IsRecorded)
        {
            throw InvalidArgument.For([.. result.Problems.Select(p => new FieldViolation(p.Field, p.Message))]);
        }

        LogOutcomeRecorded(logger, request.DecisionId, human.Kind, human.FollowsRecommendation);
        return RecordMapping.ToContract(result.Recorded!);
    }

    /// <summary>Erases every record of one case reference of one authority (the caller's own).</summary>
    public async Task<EraseCaseResponse> EraseCaseAsync(EraseCaseRequest request, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(request.CaseReference))
        {
            violations.Add(new("caseReference", "required: the case reference whose every record is erased"));
        }

        CheckAuthority(request.Authority, required: true, violations);
        if (violations.Count > 0)
        {
            throw InvalidArgument.For(violations);
        }

        Demand(caller, request.Authority);
        var erased = await GuardAsync(() => store.EraseCaseAsync(request.CaseReference, request.Authority, cancellationToken), "nothing was erased");
        return new EraseCaseResponse { Erased = erased };
    }

    /// <summary>The stored decision, once the caller is known to be allowed it.</summary>
    private async Task<StoredDecision> ReadableAsync(string decisionId, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var stored = await GuardAsync(() => store.GetAsync(decisionId, cancellationToken), "the decision could not be read")
            ?? throw RecordStatus.NotFound();
        Demand(caller, stored.Authority);
        return stored;
    }

    private void Demand(ClaimsPrincipal caller, string authority)
    {
        if (access.RefusalFor(caller, authority) is { } refusal)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, refusal));
        }
    }

    /// <summary>
    /// The authority a listing is narrowed to. With authentication on, a caller sees only its own
    /// authority's decisions: an empty filter means its own, another authority is refused.
    /// </summary>
    private string? ListingAuthority(string requested, ClaimsPrincipal caller, List<FieldViolation> violations)
    {
        if (!CheckAuthority(requested, required: false, violations))
        {
            return null;
        }

        var authority = Blank(requested);
        if (!access.Enforced)
        {
            return authority;
        }

        if (authority is not null)
        {
            Demand(caller, authority);
            return authority;
        }

        var own = access.OwnAuthorities(caller);
        if (own.Count == 1)
        {
            return own[0];
        }

        violations.Add(new("authority", "required: this caller's token names several authorities, so name the one to list"));
        return null;
    }

    /// <summary>Every contract-level problem with <paramref name="request"/>; the decided-on date (today when none is given).</summary>
    private DateOnly CheckOutcome(RecordOutcomeRequest request, List<FieldViolation> violations)
    {
        if (request.Kind == DecisionKind.Types.Value.DecisionKindUnspecified)
        {
            violations.Add(new("kind", "required: which kind of the recorded decision this decides, e.g. ALN_DETERMINATION"));
        }
        else if (KindNames.Of(request.Kind) is null)
        {
            violations.Add(new("kind", $"not a decision kind: {string.Join(" ", KindList())}"));
        }

        if (string.IsNullOrWhiteSpace(request.FinalOutcome))
        {
            violations.Add(new("finalOutcome", "required: the outcome the responsible body decided, e.g. HAS_ALN"));
        }
        else if (!IsOutcomeCode(request.FinalOutcome))
        {
            violations.Add(new("finalOutcome", $"an outcome code is upper-case letters, digits and '_', at most {MaxOutcomeCodeLength} (e.g. HAS_ALN)"));
        }

        if (!request.HasFollowsRecommendation)
        {
            violations.Add(new("followsRecommendation", "required: whether the final outcome is the one the service recommended"));
        }
        else if (!request.FollowsRecommendation && string.IsNullOrWhiteSpace(request.Reason?.Text))
        {
            violations.Add(new(request.Reason is null ? "reason" : "reason.text",
                "required: a decision that does not follow the recommendation needs its reason (UK GDPR Art. 22: the person deciding says why)"));
        }

        if (request.Reason is { } reason)
        {
            if (reason.Language == Language.Types.Value.LanguageUnspecified)
            {
                violations.Add(new("reason.language", "required with a reason: ENGLISH or WELSH, the language reason.text is written in"));
            }
            else if (!Enum.IsDefined(reason.Language))
            {
                violations.Add(new("reason.language", "not a language: ENGLISH or WELSH"));
            }
        }

        if (string.IsNullOrWhiteSpace(request.DeciderRole))
        {
            violations.Add(new("deciderRole", "required: the role of the person who decided (e.g. ALNCo), never their name"));
        }

        var today = pipeline.Today();
        if (request.DecidedOn.Length == 0)
        {
            return today;
        }

        if (!RecordMapping.TryDate(request.DecidedOn, out var decidedOn))
        {
            violations.Add(new("decidedOn", "not a date written YYYY-MM-DD"));
        }
        else if (decidedOn > today)
        {
            violations.Add(new("decidedOn", $"is after today ({RecordMapping.Date(today)}): record a decision once it is made"));
        }

        return decidedOn;
    }

    /// <summary>False when <paramref name="authority"/> is given and is not one of the 22 codes (a violation is added).</summary>
    private static bool CheckAuthority(string authority, bool required, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(authority))
        {
            if (required)
            {
                violations.Add(new("authority", "required: the code of the Welsh local authority whose records these are, e.g. cardiff"));
            }

            return !required;
        }

        if (!Authorities.IsWelsh(authority))
        {
            violations.Add(new("authority", $"not one of the 22 Welsh authority codes: {string.Join(" ", Authorities.Welsh)}"));
            return false;
        }

        return true;
    }

    private static DateOnly? OptionalDate(string text, string field, List<FieldViolation> violations)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (RecordMapping.TryDate(text, out var date))
        {
            return date;
        }

        violations.Add(new(field, "not a date written YYYY-MM-DD"));
        return null;
    }

    private static bool IsOutcomeCode(string code) =>
        code.Length <= MaxOutcomeCodeLength && char.IsAsciiLetterUpper(code[0]) && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private static IEnumerable<string> KindList() =>
        DecisionKind.Descriptor.EnumTypes[0].Values.Where(v => v.Number != 0).Select(v => v.Name);

    private static FieldViolation MalformedId() => new("decisionId", "a decision id is the 26-character ULID a response's decisionId gave");

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static async Task<T> GuardAsync<T>(Func<Task<T>> work, string what)
    {
        try
        {
            return await work();
        }
        catch (DecisionStoreUnavailableException)
        {
            throw RecordStatus.Unavailable(what);
        }
    }

    [LoggerMessage(EventId = 2302, Level = LogLevel.Debug, Message = "Recorded a human decision on {DecisionId} for {Kind} (follows the recommendation: {Follows})")]
    private static partial void LogOutcomeRecorded(ILogger logger, string decisionId, string kind, bool follows);
}

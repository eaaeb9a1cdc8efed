using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace MotCua.Web.Infrastructure;

/// <summary>
/// RFC 9457 problem details with a stable <c>code</c> (clients key on it) and a title in the request's language
/// (Vietnamese by default, English on <c>Accept-Language: en</c>). Titles live in Resources/Messages*.resx as
/// <c>error.&lt;code&gt;</c>.
/// </summary>
public sealed class Problems(IStringLocalizer<Messages> text)
{
    public ProblemHttpResult Rule(int status, string code, string? detail = null, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is not null)
        {
            foreach (var (k, v) in extra)
            {
                extensions[k] = v;
            }
        }
        return TypedResults.Problem(
            statusCode: status,
            title: TitleOr(code, status),
            detail: detail ?? Detail(code),
            type: $"https://motcua.vn/problems/{code}",
            extensions: extensions);
    }

    /// <summary>A use case's failure as problem details: field errors localised, extra members kept.</summary>
    public ProblemHttpResult From(Features.Dossiers.CommandFailure failure)
    {
        if (failure.FieldErrors is { Count: > 0 } fields)
        {
            return Validation(fields);
        }
        return Rule(failure.Status, failure.Code, failure.Detail, failure.Extra?.ToDictionary(e => e.Key, e => e.Value));
    }

    public ProblemHttpResult NotFound(string code = ErrorCodes.NotFound) => Rule(StatusCodes.Status404NotFound, code);

    public ProblemHttpResult Forbidden(string code = ErrorCodes.ForbiddenScope) => Rule(StatusCodes.Status403Forbidden, code);

    public ProblemHttpResult Conflict(string code, string? detail = null) => Rule(StatusCodes.Status409Conflict, code, detail);

    /// <summary>Field errors, each message localised; <paramref name="errors"/> maps a field to message keys.</summary>
    public ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        var localised = errors.ToDictionary(e => e.Key, e => e.Value.Select(k => (string)text[k]).ToArray());
        return Rule(StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, extra: new Dictionary<string, object?> { ["errors"] = localised });
    }

    public string Title(string code) => text["error." + code];

    private string TitleOr(string code, int status)
    {
        var title = text["error." + code];
        return title.ResourceNotFound ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) : title.Value;
    }

    private string? Detail(string code)
    {
        var detail = text["error." + code + ".detail"];
        return detail.ResourceNotFound ? null : detail.Value;
    }
}

public static class ErrorCodes
{
    public const string NotFound = "not-found";
    public const string ValidationFailed = "validation-failed";
    public const string InvalidRequest = "invalid-request";
    public const string Unauthenticated = "unauthenticated";
    public const string InvalidCredentials = "invalid-credentials";
    public const string LockedOut = "locked-out";
    public const string ForbiddenScope = "forbidden-scope";
    public const string RoleNotAllowed = "role-not-allowed";
    public const string NotAssignee = "not-assignee";
    public const string ConcurrencyConflict = "concurrency-conflict";
    public const string DailyCodeLimit = "daily-code-limit-reached";
    public const string IdempotencyKeyReused = "idempotency-key-reused";
    public const string ProcedureNotFound = "procedure-not-found";
    public const string ReceivingPointNotAllowed = "receiving-point-not-allowed";
    public const string UnknownAction = "unknown-action";
    public const string UnknownForm = "unknown-form";
    public const string FormNotApplicable = "form-not-applicable";
    public const string TooManyRequests = "too-many-requests";
    public const string InternalError = "internal-error";
    public const string WebhookSignatureInvalid = "webhook-signature-invalid";
    public const string ChannelOff = "channel-off";
    public const string IntegrationUnknownClient = "integration-unknown-client";
    public const string IntegrationStaleTimestamp = "integration-stale-timestamp";
    public const string IntegrationReplayed = "integration-replayed";
}

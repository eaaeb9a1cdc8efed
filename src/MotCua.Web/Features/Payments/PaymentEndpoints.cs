using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Payments;

public static class PaymentEndpoints
{
    public const string StartPath = "/thanh-toan/vnpay";
    public const string CounterPath = "/can-bo/thanh-toan/ghi-nhan";
    public const string PayPage = "/thanh-toan";
    public const string ReconciliationPage = "/can-bo/thanh-toan/doi-soat";
    /// <summary>Remembers the phone digits across the trip to the gateway, so the return page can link back to the lookup.</summary>
    public const string ProofCookie = "motcua-pay";

    /// <summary>The API: VNPay's IPN and the reconciliation as JSON or CSV (api = the /api/v1 group).</summary>
    public static void MapPayments(this IEndpointRouteBuilder api)
    {
        api.MapGet("/payments/vnpay/ipn", Ipn)
            .WithTags("Payments")
            .WithSummary("VNPay v2.1.0 IPN: settles an online payment; always HTTP 200 with {RspCode, Message}.")
            .AllowAnonymous();
        api.MapGet("/payments/reconciliation", ReconciliationReport)
            .WithTags("Payments")
            .WithSummary("Payments of a day against dossiers (date=YYYY-MM-DD, format=json|csv).")
            .RequireAuthorization(p => p.RequireRole(Reconciliation.Roles));
    }

    /// <summary>The form posts of the pages (outside /api): start an online payment, record a counter payment.</summary>
    public static void MapPaymentForms(this IEndpointRouteBuilder app)
    {
        app.MapPost(StartPath, StartOnline).RequireRateLimiting(RateLimits.PublicLookup).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(CounterPath, RecordAtCounter).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> Ipn(HttpRequest request, VnPayIpn ipn, ILogger<VnPayIpn> log, CancellationToken ct)
    {
        VnPayIpn.Reply reply;
        try
        {
            reply = await ipn.HandleAsync(request.Query, ct);
        }
#pragma warning disable CA1031 // The gateway must get its documented 99, whatever went wrong; the error is logged.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            log.LogError(e, "VNPay IPN failed");
            reply = VnPayIpn.Unknown;
        }
        return TypedResults.Json(new Dictionary<string, string> { ["RspCode"] = reply.RspCode, ["Message"] = reply.Message }, statusCode: StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconciliationReport(string? date, string? format, MotCuaDb db, StaffScope scope, PaymentProblems problems, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Reconciliation.TryParseDay(date, out var day))
        {
            errors["date"] = [problems.Title(PaymentErrors.InvalidDate)];
        }
        if (format is not (null or "json" or "csv"))
        {
            errors["format"] = ["json | csv"];
        }
        if (errors.Count > 0)
        {
            return problems.Rule(StatusCodes.Status400BadRequest, PaymentErrors.InvalidDate, errors);
        }
        var staff = await scope.LoadAsync(ct);
        if (staff is null || !Reconciliation.MaySee(staff))
        {
            return problems.Rule(StatusCodes.Status403Forbidden, PaymentErrors.NotAllowed);
        }
        var report = await Reconciliation.BuildAsync(db, staff, day, ct);
        return format == "csv"
            ? TypedResults.File(Reconciliation.Csv(report), "text/csv; charset=utf-8", $"doi-soat-{day:yyyy-MM-dd}.csv")
            : TypedResults.Ok(report);
    }

    private static async Task<IResult> StartOnline([FromForm(Name = "ma")] string? code, [FromForm(Name = "xm")] string? verify,
        HttpContext http, PaymentCommands commands, CancellationToken ct)
    {
        var english = Language.IsEnglish(http);
        var started = await commands.StartOnlineAsync(code, verify, english, http.Request, ct);
        if (started.Error is not null)
        {
            return SeeOther($"{PayPage}?ma={Uri.EscapeDataString(code ?? "")}&xm={Uri.EscapeDataString(verify ?? "")}&loi={started.Error}{(english ? "&lang=en" : "")}");
        }
        if (english)
        {
            // The citizen reads English: the gateway's return page, reached without ?lang, keeps to it.
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en")),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        http.Response.Cookies.Append(ProofCookie, $"{started.Payment!.TxnRef}:{verify!.Trim()}", new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            // Lax: the cookie comes back on the gateway's top-level redirect to the return page.
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromHours(2),
            Path = PayPage,
        });
        return SeeOther(started.PayUrl!);
    }

    private static async Task<IResult> RecordAtCounter([FromForm(Name = "code")] string? code, [FromForm(Name = "method")] string? method,
        [FromForm(Name = "amount")] string? amount, [FromForm(Name = "reference")] string? reference, [FromForm(Name = "token")] string? token,
        HttpContext http, PaymentCommands commands, CancellationToken ct)
    {
        var back = "/can-bo/ho-so/" + Uri.EscapeDataString(code ?? "");
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is null)
        {
            return Results.Challenge();
        }
        var recorded = await commands.RecordAtCounterAsync(new PaymentCommands.CounterInput(code, method, amount, reference, token), ct);
        return recorded.Error is null
            ? SeeOther($"{back}?thanh-toan=ok#payment-h")
            : SeeOther($"{back}?thanh-toan={recorded.Error}&so-tien={Uri.EscapeDataString(amount ?? "")}&hinh-thuc={Uri.EscapeDataString(method ?? "")}&tham-chieu={Uri.EscapeDataString(reference ?? "")}#payment-h");
    }

    /// <summary>303: the browser follows a form post with a GET.</summary>
    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}

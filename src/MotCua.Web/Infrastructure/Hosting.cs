using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Administration;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Citizens;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.OnlineSubmission;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Integration;
using MotCua.Web.Features.Messaging;
using MotCua.Web.Features.Notifications;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Ratings;
using MotCua.Web.Features.Reports;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.PublicCatalogue;
using MotCua.Web.Features.Seed;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Features.Statistics.Index766;
using MotCua.Web.Features.Transparency;

namespace MotCua.Web.Infrastructure;

/// <summary>The whole composition of the application, in the order a reader needs it.</summary>
public static class Hosting
{
    public static void AddMotCua(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMotCuaDatabase(config);

        services.AddLocalization();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizerFactory, Localization.JsonStringLocalizerFactory>();
        services.AddRazorComponents();
        // Vietnamese letters go out as UTF-8, not as numeric entities: pages are a third the size.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        services.AddScoped<Problems>();
        services.AddProblemDetails();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });

        // Cookies, tokens, antiforgery and password-reset links are protected with the Data Protection key ring: several app
        // nodes must share it, or a request that lands on another node is signed out (docs/operations.md).
        if (config["DataProtection:KeysDirectory"] is { Length: > 0 } keys)
        {
            services.AddDataProtection().SetApplicationName("MotCua").PersistKeysToFileSystem(new DirectoryInfo(keys));
        }
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "staff";
                o.DefaultChallengeScheme = "staff";
            })
            // API clients send a bearer token, the browser a cookie: one policy scheme picks per request.
            .AddPolicyScheme("staff", "Bearer or cookie", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(config.GetValue("Auth:BearerTokenHours", 8)))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.AccessDeniedPath = "/can-bo";
            // A counter's session ends after an idle hour (configurable); an active officer stays signed in.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(config.GetValue("Auth:SessionIdleMinutes", 60));
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx.HttpContext, CitizenAccess.LoginRedirect(ctx.HttpContext, ctx.RedirectUri),
                StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx.HttpContext, CitizenAccess.AccessDeniedRedirect(ctx.HttpContext, ctx.RedirectUri),
                StatusCodes.Status403Forbidden, ErrorCodes.RoleNotAllowed);
        });
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MotCuaDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // A locked account or a changed role ends cookie sessions within a minute, not Identity's default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // A bare [Authorize] / RequireAuthorization() means "staff": citizens share the Identity store and the cookie, and
        // must never open a staff page or the staff API. Citizen pages name their role explicitly.
        services.AddAuthorization(o => o.DefaultPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser().RequireRole(StaffRoles.All).Build());
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiAuthorizationResults>();
        services.AddScoped<StaffScope>();
        services.AddScoped<IntakeService>();
        services.AddScoped<DossierCommands>();
        services.AddMemoryCache();
        services.AddSingleton<OrganisationCache>();
        services.AddSingleton<ProcedureCache>();
        services.AddSingleton<CalendarService>();
        services.AddAdministration();
        services.AddOnlineSubmission(config);
        services.AddRatings(config);
        services.AddFeedback(config);
        services.AddNotifications(config);
        services.AddCitizens();
        services.AddPublicCatalogue();
        services.AddPayments(config);
        services.AddStatistics();
        services.AddIndex766();
        services.AddMotCuaRateLimits(config);
        services.AddMessaging(config);
        services.AddIntegration(config);
        services.AddTransparency();
        services.AddReports();
        services.AddOpenApi("v1");
        services.AddHealthChecks();
    }

    private static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api");

    public static void UseMotCua(this WebApplication app)
    {
        // The language first: error answers and re-executed status pages speak the language of the request too.
        app.UseRequestLocalization(o =>
        {
            var vi = new CultureInfo("vi-VN");
            var en = new CultureInfo("en");
            o.DefaultRequestCulture = new RequestCulture(vi);
            o.SupportedCultures = o.SupportedUICultures = [vi, new CultureInfo("vi"), en, new CultureInfo("en-US")];
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        app.UseExceptionHandler(e => e.Run(HandleException));
        // A bare status (no route, wrong method) answers problem details with a stable code on the API, and a readable
        // page in the browser.
        app.UseWhen(IsApi, api => api.UseStatusCodePages(ctx => ctx.HttpContext.RequestServices.GetRequiredService<Problems>()
            .Rule(ctx.HttpContext.Response.StatusCode, ctx.HttpContext.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => ErrorCodes.NotFound,
                StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
                StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
                var other => $"http-{other}",
            }).ExecuteAsync(ctx.HttpContext)));
        // A scope of its own: the error page is a Razor component, whose services (navigation) the failed page has used.
        app.UseWhen(ctx => !IsApi(ctx), pages => pages.UseStatusCodePagesWithReExecute("/loi/{0}", createScopeForStatusCodePages: true));
        app.Use(SecurityHeaders);
        app.UseStaticFiles();
        app.UseIntegrationBodies();
        // Routing explicitly after the status-code pages, so that their re-execution finds the error page's endpoint.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapOpenApi("/api/v1/openapi.json");
        app.MapHealthChecks("/health");
        var api = app.MapGroup("/api/v1");
        api.MapAuth();
        api.MapOrganisation();
        api.MapProcedures();
        api.MapCalendar();
        api.MapDossiers();
        api.MapLogBook();
        api.MapPublicLookup();
        api.MapOpenData();
        api.MapNotifications();
        api.MapPayments();
        api.MapMessaging();
        api.MapIntegration();
        app.MapSession();
        app.MapOnlineFiles();
        app.MapCitizens();
        app.MapPaymentPages();
        app.MapReports();
        app.MapRazorComponents<Components.App>();
        app.ReportMessagingChannels();
    }

    /// <summary>Migrate (when configured) and seed the base calendar and, in a demo, the demo province.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        if (app.Configuration.GetValue("Database:AutoMigrate", false))
        {
            await db.Database.MigrateAsync();
        }
        await CalendarSeed.RunAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            if (app.Environment.IsProduction())
            {
                throw new InvalidOperationException("Demo:Seed is on in a Production environment: refusing to create demo accounts.");
            }
            await DemoSeed.RunAsync(scope.ServiceProvider);
        }
    }

    private static Task ApiOrRedirect(HttpContext http, string redirect, int status, string code)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            return http.RequestServices.GetRequiredService<Problems>().Rule(status, code).ExecuteAsync(http);
        }
        http.Response.Redirect(redirect);
        return Task.CompletedTask;
    }

    private static async Task HandleException(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var problems = http.RequestServices.GetRequiredService<Problems>();
        var result = error is BadHttpRequestException bad
            ? problems.Rule(bad.StatusCode, ErrorCodes.InvalidRequest, bad.Message)
            : problems.Rule(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError);
        await result.ExecuteAsync(http);
    }

    private static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        var h = http.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "strict-origin-when-cross-origin";
        h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
        return next();
    }
}

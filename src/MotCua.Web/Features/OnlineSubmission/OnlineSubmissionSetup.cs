using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.OnlineSubmission;

public static class OnlineSubmissionSetup
{
    /// <summary>Paths whose forms carry files: the only ones allowed a request body larger than Kestrel's default.</summary>
    public static readonly string[] UploadPaths = ["/cong-dan/nop-ho-so", "/cong-dan/ho-so-nhap", "/cong-dan/ho-so-truc-tuyen"];

    public static IServiceCollection AddOnlineSubmission(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<StorageOptions>(config.GetSection("Storage"));
        services.AddSingleton<FileStore>();
        services.AddScoped<FileSweep>();
        services.AddHostedService<FileSweepLoop>();
        services.AddScoped<OnlineSubmissions>();
        services.AddScoped<Desk.CounterScans>();
        services.AddTransient<IStartupFilter, UploadLimitFilter>();
        return services;
    }

    /// <summary><c>GET /tep/{id}</c>: a file of an online dossier, to its owner and to staff who may read the dossier; 404 to anyone else.</summary>
    public static void MapOnlineFiles(this IEndpointRouteBuilder app) =>
        app.MapGet("/tep/{id:long}", ServeAsync)
            // Citizens and staff alike (the bare default policy means staff only): who may read which file is decided inside.
            .RequireAuthorization(p => p.RequireAuthenticatedUser())
            .ExcludeFromDescription();

    private static async Task<IResult> ServeAsync(long id, HttpContext http, MotCuaDb db, StaffScope scope, FileStore store, CancellationToken ct)
    {
        var file = await db.Set<OnlineFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file?.StorageKey is null || !store.Exists(file.StorageKey))
        {
            return NotFound();
        }
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var allowed = userId is not null && file.OwnerUserId == userId;
        if (!allowed && file.DossierId is long dossierId && file.SentAt is not null)
        {
            var staff = await scope.LoadAsync(ct);
            var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Steps).Include(d => d.Consultations).AsSplitQuery()
                .FirstOrDefaultAsync(d => d.Id == dossierId, ct);
            allowed = staff is not null && dossier is not null && DossierAccess.CanRead(staff, dossier);
        }
        if (!allowed)
        {
            // The same answer as for a file that does not exist: an id tells nothing about someone else's dossier.
            return NotFound();
        }
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = file.FileName }.ToString();
        return Results.Stream(store.OpenRead(file.StorageKey), file.ContentType);
    }

    /// <summary>A plain 404 with its own short body, so that no error page is re-executed for a file link.</summary>
    private static IResult NotFound() => Results.Text("404", "text/plain", statusCode: StatusCodes.Status404NotFound);

    /// <summary>
    /// Upload forms may carry a whole dossier (Storage:MaxDossierBytes plus the fields); anything larger is turned away
    /// before its body is read, with the page's own message rather than a bare 413.
    /// </summary>
    private sealed class UploadLimitFilter(IOptions<StorageOptions> options) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, nextMiddleware) =>
            {
                if (HttpMethods.IsPost(http.Request.Method) && UploadPaths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
                {
                    var limit = options.Value.MaxDossierBytes + 1024 * 1024;
                    if (http.Request.ContentLength > limit)
                    {
                        http.Response.StatusCode = StatusCodes.Status303SeeOther;
                        http.Response.Headers.Location = http.Request.Path + "?loi=qua-lon";
                        http.Response.Headers.Connection = "close";
                        return;
                    }
                    if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                    {
                        size.MaxRequestBodySize = limit;
                    }
                }
                await nextMiddleware();
            });
            next(app);
        };
    }
}

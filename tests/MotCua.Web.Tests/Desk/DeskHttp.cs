using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Desk;

/// <summary>Reading the desk's pages as an officer (a bearer token works for pages too), and the officer's scope.</summary>
public static partial class DeskHttp
{
    /// <summary>A client that does not follow redirects, so that a post/redirect/get is seen as such.</summary>
    public static async Task<HttpClient> PagesFor(this MotCuaApp app, string email)
    {
        var signedIn = await app.ClientFor(email);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    public static async Task<(HttpStatusCode Status, string Html)> Page(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Posts an action form of the dossier page the way the browser does: its name, antiforgery token and fields.</summary>
    public static async Task<HttpResponseMessage> PostForm(this HttpClient client, string url, string formName, IDictionary<string, string> fields)
    {
        var (_, html) = await client.Page(url);
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "the page has no antiforgery token");
        var body = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = token.Groups[1].Value,
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>The officer's scope as StaffScope builds it for a request: roles, agencies with the units below.</summary>
    public static async Task<StaffScope.Loaded> StaffAsync(this MotCuaApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDb>();
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == normalized);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r.Name!).ToListAsync();
        var direct = await db.StaffAgencies.Where(s => s.UserId == user.Id).Select(s => s.AgencyId).ToListAsync();
        var tree = await app.Services.GetRequiredService<OrganisationCache>().GetAsync();
        return new StaffScope.Loaded(user.Id, user.FullName, roles.ToHashSet(), tree.WithDescendants(direct), direct);
    }

    public static async Task<Domain.Calendar.WorkingCalendar> CalendarAsync(this MotCuaApp app) =>
        await app.Services.GetRequiredService<CalendarService>().CurrentAsync();
}

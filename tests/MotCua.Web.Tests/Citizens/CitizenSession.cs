using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.ReceptionCounter;

namespace MotCua.Web.Tests.Citizens;

/// <summary>A citizen's browser without JavaScript: its own cookies, no automatic redirects, forms posted with their token.</summary>
public sealed class CitizenSession(HttpClient client) : IDisposable
{
    public const string Password = "Cong-Dan-2026!";

    public HttpClient Client { get; } = client;

    public static CitizenSession Anonymous(MotCuaApp app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Registers through the page and stays signed in; fails unless the page redirects to My dossiers.</summary>
    public static async Task<CitizenSession> RegisterAsync(MotCuaApp app, string identifier, string fullName = "Trần Thị Bình", string password = Password)
    {
        var session = Anonymous(app);
        var response = await session.RegisterFormAsync(identifier, fullName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Registration of {identifier}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("/cong-dan/ho-so-cua-toi?moi=1", Location(response));
        return session;
    }

    public async Task<HttpResponseMessage> RegisterFormAsync(string identifier, string fullName = "Trần Thị Bình", string password = Password, string? confirm = null)
    {
        var page = await GetAsync("/cong-dan/dang-ky");
        return await PostAsync("/cong-dan/dang-ky", page, new()
        {
            ["_handler"] = "citizen-register",
            ["Input.FullName"] = fullName,
            ["Input.Identifier"] = identifier,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm ?? password,
        });
    }

    public async Task<HttpResponseMessage> SignInFormAsync(string identifier, string password = Password)
    {
        var page = await GetAsync("/cong-dan/dang-nhap");
        return await PostAsync("/cong-dan/dang-nhap", page, new()
        {
            ["_handler"] = "citizen-sign-in",
            ["Input.Identifier"] = identifier,
            ["Input.Password"] = password,
        });
    }

    /// <summary>The page's HTML; fails unless it answers 200.</summary>
    public async Task<string> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
        return html;
    }

    public Task<HttpResponseMessage> PostAsync(string url, string page, Dictionary<string, string> fields) =>
        Client.PostAsync(url, new FormUrlEncodedContent(fields.Prepend(new("__RequestVerificationToken", CounterSession.Token(page)))));

    /// <summary>Where a redirect points, as a path and query (NavigateTo answers with an absolute URL).</summary>
    public static string? Location(HttpResponseMessage response) => response.Headers.Location is not { } uri ? null
        : uri.IsAbsoluteUri ? uri.PathAndQuery : uri.ToString();

    public static async Task<string> Html(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    public void Dispose() => Client.Dispose();
}

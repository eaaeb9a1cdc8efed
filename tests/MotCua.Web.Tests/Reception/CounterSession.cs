using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.ReceptionCounter;

/// <summary>
/// An officer in a browser without JavaScript, spoken over HTTP: signed in with the cookie of the sign-in page, reading
/// pages and posting their forms with the antiforgery token the page carries.
/// </summary>
public sealed partial class CounterSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static async Task<CounterSession> SignInAsync(MotCuaApp app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var session = new CounterSession(client);
        var page = await session.GetAsync("/dang-nhap");
        var response = await session.PostAsync("/dang-nhap", page, new()
        {
            ["_handler"] = "sign-in",
            ["Input.Email"] = email,
            ["Input.Password"] = MotCuaApp.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>The page's HTML; fails unless it answers 200.</summary>
    public async Task<string> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
        return html;
    }

    /// <summary>Posts a form of <paramref name="page"/> the way the browser would: its antiforgery token and the fields.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, string page, Dictionary<string, string> fields, IEnumerable<KeyValuePair<string, string>>? repeated = null)
    {
        var all = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token(page)) };
        all.AddRange(fields);
        all.AddRange(repeated ?? []);
        return Client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public static string Token(string page) => TokenPattern().Match(page) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>The value attribute of the input named <paramref name="name"/>, or null.</summary>
    public static string? InputValue(string page, string name)
    {
        var input = Regex.Match(page, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        if (!input.Success) return null;
        var value = Regex.Match(input.Value, "value=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : null;
    }

    /// <summary>The names of the forms on the page (their <c>_handler</c>).</summary>
    public static IReadOnlyList<string> FormNames(string page) =>
        HandlerPattern().Matches(page).Select(m => m.Groups[1].Value).ToList();

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"_handler\" value=\"([^\"]+)\"")]
    private static partial Regex HandlerPattern();
}

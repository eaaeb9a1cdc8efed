using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.Browser.Tests.Desk;

/// <summary>The desk as an officer uses it: worklists, the dossier page and its action forms.</summary>
public static class DeskPage
{
    public static string Url(string code) => "/can-bo/ho-so/" + Uri.EscapeDataString(code);

    /// <summary>A judicial-record dossier received at the center through the API (the counter page is another part).</summary>
    public static async Task<string> ReceiveAsync(BrowserApp app, string applicant = "Nguyễn Văn An", bool transfer = false)
    {
        var reception = await app.ClientFor(Api.Reception);
        var code = (await reception.Intake(new
        {
            procedureCode = Api.JudicialRecord,
            channel = "Counter",
            applicant = new { kind = "Person", fullName = applicant, idNumber = "075090001234", phone = "0912345678", email = "an@example.vn", address = "Phường Trấn Biên, tỉnh Đồng Nai" },
            receivedComponents = new[] { "TP01", "TP02" },
        })).Str("code");
        if (transfer)
        {
            await reception.ActOk(code, "transfer");
        }
        return code;
    }

    /// <summary>The folding box of one action, found by its exact title.</summary>
    public static ILocator Action(this IPage page, string title) =>
        page.Locator("details.action").Filter(new() { Has = page.Locator("summary", new() { HasTextRegex = new Regex("^" + Regex.Escape(title) + "$") }) });

    /// <summary>Opens the action's box (if folded), lets <paramref name="fill"/> fill it, and submits it.</summary>
    public static async Task ActAsync(this IPage page, string title, string submit, Func<ILocator, Task>? fill = null)
    {
        var box = page.Action(title);
        if (await box.GetAttributeAsync("open") is null)
        {
            await box.Locator("summary").ClickAsync();
        }
        if (fill is not null)
        {
            await fill(box);
        }
        // The form posts and the server answers with a new document (the confirmation after a redirect, or the page
        // with its errors): wait for that document, however slow a loaded test machine is, before looking at it.
        await page.EvaluateAsync("() => { window.deskBeforeSubmit = true; }");
        await box.GetByRole(AriaRole.Button, new() { Name = submit, Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.deskBeforeSubmit === undefined", null, new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public static Task ExpectConfirmationAsync(this IPage page, string text) =>
        Expect(page.Locator(".alert-success[role=status]")).ToHaveTextAsync(text);

    public static Task ExpectStatusAsync(this IPage page, string status) =>
        Expect(page.Locator(".dossier-head .badges .badge").First).ToHaveTextAsync(status);

    /// <summary>The value of a fact of the summary card, e.g. "Hẹn trả kết quả".</summary>
    public static ILocator Fact(this IPage page, string term) =>
        page.Locator("dl.facts dt").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(term) + "$") }).Locator("xpath=following-sibling::dd[1]");

    /// <summary>Screenshot and accessibility check of a main page in the state it is in.</summary>
    public static async Task CaptureAsync(this IPage page, string screenshot)
    {
        await Screenshots.SaveAsync(page, screenshot);
        var violations = await Accessibility.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{screenshot}: {string.Join("\n", violations)}");
    }
}

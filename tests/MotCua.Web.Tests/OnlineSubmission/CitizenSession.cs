using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Citizens;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.ReceptionCounter;

namespace MotCua.Web.Tests.OnlineSubmission;

/// <summary>A citizen account made with UserManager, and multipart posts as a browser without JavaScript sends them.</summary>
public static class CitizenSession
{
    public static async Task<(CounterSession Session, string UserId)> CreateAsync(MotCuaApp app, string email, string fullName = "Trần Thị Bích", string phone = "0987654321")
    {
        using (var scope = app.Services.CreateScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(CitizenRoles.Citizen))
            {
                await roles.CreateAsync(new IdentityRole(CitizenRoles.Citizen));
            }
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, PhoneNumber = phone };
            var created = await users.CreateAsync(user, MotCuaApp.DemoPassword);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync(user, CitizenRoles.Citizen)).Succeeded);
        }
        var session = await CounterSession.SignInAsync(app, email);
        using var lookup = app.Services.CreateScope();
        var id = (await lookup.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
        return (session, id);
    }

    public sealed record Upload(string Input, string FileName, byte[] Content, string ContentType = "application/pdf");

    public static Task<HttpResponseMessage> PostMultipartAsync(this CounterSession session, string url, string page,
        Dictionary<string, string> fields, params Upload[] files)
    {
        var content = new MultipartFormDataContent { { new StringContent(CounterSession.Token(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var f in files)
        {
            var part = new ByteArrayContent(f.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(f.ContentType);
            content.Add(part, f.Input, f.FileName);
        }
        return session.Client.PostAsync(url, content);
    }

    public static async Task<string> BodyAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.Headers.Location} {body[..Math.Min(body.Length, 400)]}");
        return body;
    }
}

/// <summary>Files whose first bytes say what they are (whatever their names say).</summary>
public static class Samples
{
    public static byte[] Pdf(string text = "giay to") => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj<<>>endobj\n% {text}\ntrailer<<>>\n%%EOF\n");
    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 5, 6, 7, 8];
    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[64]];
    public static byte[] Html() => System.Text.Encoding.UTF8.GetBytes("<!doctype html><script>alert(1)</script>");
}

using System.Net;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Administration;

/// <summary>The administration pages answer the administrator, and nobody else.</summary>
public sealed class AdminPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    public static TheoryData<string> Pages() =>
    [
        "/can-bo/quan-tri", "/can-bo/quan-tri/co-quan", "/can-bo/quan-tri/co-quan?loai=Commune&tat-ca=1", "/can-bo/quan-tri/co-quan/moi",
        "/can-bo/quan-tri/co-quan/000.00.19.H19", "/can-bo/quan-tri/co-quan/000.00.19.H19/quay", "/can-bo/quan-tri/can-bo",
        "/can-bo/quan-tri/can-bo?q=nguyen", "/can-bo/quan-tri/can-bo/moi", "/can-bo/quan-tri/thu-tuc", "/can-bo/quan-tri/thu-tuc?q=ly+lich+tu+phap",
        "/can-bo/quan-tri/thu-tuc/2.000488", "/can-bo/quan-tri/thu-tuc/2.000488/thanh-phan", "/can-bo/quan-tri/thu-tuc/2.000488/phi",
        "/can-bo/quan-tri/thu-tuc/2.000488/quy-trinh", "/can-bo/quan-tri/lich", "/can-bo/quan-tri/lich/2026", "/can-bo/quan-tri/nhat-ky",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_administration_page_opens_for_the_administrator(string url)
    {
        using var admin = await app.ClientFor(AdminHarness.AdminEmail);

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Api.Reception, "/can-bo/quan-tri")]
    [InlineData(Api.Supervisor, "/can-bo/quan-tri/can-bo")]
    [InlineData(Api.PoliceLeader, "/can-bo/quan-tri/thu-tuc/2.000488/quy-trinh")]
    public async Task Other_roles_are_refused(string email, string url)
    {
        using var officer = await app.ClientFor(email);

        var response = await officer.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/can-bo/quan-tri/lich/2026");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dang-nhap", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}

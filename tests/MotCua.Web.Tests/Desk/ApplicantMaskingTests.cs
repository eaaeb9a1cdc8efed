using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Desk;
using static MotCua.Web.Tests.Desk.DeskSamples;

namespace MotCua.Web.Tests.Desk;

/// <summary>Who sees the applicant's identity number, phone and e-mail in full (the rule lives in ApplicantMasking).</summary>
public sealed class ApplicantMaskingTests
{
    public static TheoryData<string, int, string?, bool> Cases => new()
    {
        // officer, current step, assigned to, sees in full
        { "reception", 1, null, true },          // reception officer of the receiving point, whatever the step
        { "reception", 3, null, true },
        { "reception.other", 1, null, false },   // another reception point
        { "specialist", 1, null, true },         // holds the current step
        { "specialist", 1, "specialist", true }, // holds it by assignment
        { "specialist", 1, "someone-else", false },
        { "specialist", 2, null, false },        // the step moved on to the leader
        { "specialist", 0, null, false },        // not yet transferred
        { "leader", 1, "someone-else", true },   // leads the step and the competent agency
        { "leader", 3, null, true },
        { "building", 1, null, false },
        { "supervisor", 1, null, false },        // reads everything, needs no contact details
        { "admin", 1, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Contact_details_are_shown_in_full_only_to_the_officers_whose_work_needs_them(string officer, int step, string? assignedTo, bool full)
    {
        var staff = Officers[officer];
        var applicant = ApplicantMasking.For(staff, Dossier(step, assignedTo));

        Assert.Equal(!full, applicant.Masked);
        Assert.Equal(full ? "075090001234" : "••••••••1234", applicant.IdNumber);
        Assert.Equal(full ? "0912345678" : "••••5678", applicant.Phone);
        Assert.Equal(full ? "an@example.vn" : "a•••@example.vn", applicant.Email);
        Assert.Equal("Nguyễn Văn An", applicant.Name);
    }

    [Theory]
    [InlineData("075090001234", "••••••••1234")]
    [InlineData("271234567", "•••••4567")]
    [InlineData("123", "•••")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void An_identity_number_keeps_its_length_and_its_last_four_digits(string? value, string? masked) =>
        Assert.Equal(masked, ApplicantMasking.IdNumber(value));

    [Theory]
    [InlineData("0912345678", "••••5678")]
    [InlineData("+84912345678", "••••5678")]
    [InlineData("123", "••••")]
    [InlineData(null, null)]
    public void A_phone_shows_only_its_last_four_digits(string? value, string? masked) =>
        Assert.Equal(masked, ApplicantMasking.Phone(value));

    [Theory]
    [InlineData("an@example.vn", "a•••@example.vn")]
    [InlineData("not-an-email", "••••")]
    [InlineData(null, null)]
    public void An_email_keeps_its_first_letter_and_its_domain(string? value, string? masked) =>
        Assert.Equal(masked, ApplicantMasking.Email(value));

    private static readonly Dictionary<string, StaffScope.Loaded> Officers = new()
    {
        ["reception"] = Reception,
        ["reception.other"] = OtherReception,
        ["specialist"] = PoliceSpecialist,
        ["leader"] = PoliceLeader,
        ["building"] = BuildingSpecialist,
        ["supervisor"] = Supervisor,
        ["admin"] = Administrator,
    };
}

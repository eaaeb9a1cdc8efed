using MotCua.Web.Features.Feedback;

namespace MotCua.Web.Tests.Feedback;

public sealed class PersonalDataScrubberTests
{
    [Theory]
    [InlineData("Gọi 0912345678 nhé", "Gọi *** nhé")]
    [InlineData("SĐT: +84 912 345 678.", "SĐT: ***.")]
    [InlineData("số 0912.345.678 hoặc 0912-345-678", "số *** hoặc ***")]
    [InlineData("CCCD 075090001234, CMND 271234567", "CCCD ***, CMND ***")]
    [InlineData("thư tới an.nguyen@example.vn hoặc an (at) mail.com", "thư tới *** hoặc ***")]
    public void Phones_emails_and_identity_numbers_typed_into_the_text_are_removed(string text, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));

    [Theory]
    [InlineData("Hồ sơ 000.00.19.H19-260302-0001 trả trong 15 ngày, lệ phí 200.000 đồng")]
    [InlineData("Quyết định 766/QĐ-TTg năm 2022")]
    public void Codes_amounts_and_references_stay(string text) =>
        Assert.Equal(text, PersonalDataScrubber.Scrub(text));

    [Fact]
    public void The_senders_own_name_and_contacts_are_removed_whatever_the_case() =>
        Assert.Equal("Kính gửi bà ***, chúng tôi sẽ gọi ***.",
            PersonalDataScrubber.Scrub("Kính gửi bà TRẦN THỊ BÌNH, chúng tôi sẽ gọi 0987654321.", "Trần Thị Bình", "0987654321", "binh@example.vn"));
}

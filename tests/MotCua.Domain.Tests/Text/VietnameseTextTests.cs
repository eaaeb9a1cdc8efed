using MotCua.Domain.Text;

namespace MotCua.Domain.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Đăng ký khai sinh", "dang ky khai sinh")]
    [InlineData("ĐĂNG KÝ KHAI SINH", "dang ky khai sinh")]
    [InlineData("  Cấp   Phiếu lý lịch tư pháp ", "cap phieu ly lich tu phap")]
    [InlineData("Chứng thực bản sao từ bản chính", "chung thuc ban sao tu ban chinh")]
    [InlineData("Đổi giấy phép lái xe", "doi giay phep lai xe")]
    [InlineData("Ỹ ỹ Ư ư Ơ ơ Ă ă Â â Ê ê Ô ô", "y y u u o o a a a a e e o o")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_removes_diacritics_case_and_extra_spaces(string? input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Decomposed_and_precomposed_input_fold_alike() =>
        Assert.Equal(VietnameseText.Fold("Tiếng Việt"), VietnameseText.Fold("Tiếng Việt".Normalize(System.Text.NormalizationForm.FormD)));

    [Theory]
    [InlineData("Hồ sơ 000.00.19.H19-261005-0001: Đã trả kết quả.", "Ho so 000.00.19.H19-261005-0001: Da tra ket qua.")]
    [InlineData("Hẹn trả kết quả: 17:00 19/10/2026", "Hen tra ket qua: 17:00 19/10/2026")]
    [InlineData("ĐỒNG NAI  Ỹ ỹ", "DONG NAI  Y y")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Strip_removes_only_the_diacritics(string? input, string expected) =>
        Assert.Equal(expected, VietnameseText.Strip(input));
}

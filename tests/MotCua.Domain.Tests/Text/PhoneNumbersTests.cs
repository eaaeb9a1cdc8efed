using MotCua.Domain.Text;

namespace MotCua.Domain.Tests.Text;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("0912345678", "84912345678")]
    [InlineData("0912 345 678", "84912345678")]
    [InlineData("091.234.5678", "84912345678")]
    [InlineData("+84 912 345 678", "84912345678")]
    [InlineData("+84912345678", "84912345678")]
    [InlineData("0084912345678", "84912345678")]
    [InlineData("84912345678", "84912345678")]
    [InlineData("0351234567", "84351234567")]
    [InlineData("(0251) 3822 123", "842513822123")]
    public void A_vietnamese_number_gets_the_84_form(string phone, string expected) =>
        Assert.Equal(expected, PhoneNumbers.ToInternational(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("091234567")]
    [InlineData("091234567890")]
    [InlineData("0012025550123")]
    [InlineData("00912345678")]
    [InlineData("0912abc678")]
    [InlineData("+1 202 555 0123")]
    public void Anything_else_is_not_a_vietnamese_number(string? phone) =>
        Assert.Null(PhoneNumbers.ToInternational(phone));
}

using MotCua.Web.Features.Reception;

namespace MotCua.Web.Tests.ReceptionCounter;

public sealed class DossierCodeInputTests
{
    [Theory]
    [InlineData("000.00.19.H19-260302-0001", "000.00.19.H19-260302-0001")]
    [InlineData("  000.00.19.H19-260302-0001\r\n", "000.00.19.H19-260302-0001")]
    [InlineData("000.00.19.h19-260302-0001", "000.00.19.H19-260302-0001")]
    [InlineData("https://motcua.dongnai.gov.vn/tra-cuu?ma=000.00.19.H19-260302-0001", "000.00.19.H19-260302-0001")]
    [InlineData("http://127.0.0.1:5080/tra-cuu?ma=000.00.19.H19-260302-0001&xm=5678", "000.00.19.H19-260302-0001")]
    [InlineData("http://127.0.0.1:5080/tra-cuu?lang=en&ma=000.01.31.H19-260302-0012", "000.01.31.H19-260302-0012")]
    [InlineData("/tra-cuu?ma=000.00.19.H19%2D260302%2D0001", "000.00.19.H19-260302-0001")]
    [InlineData("TN-42", "TN-42")]
    [InlineData("tn-42", "TN-42")]
    public void A_typed_code_a_scanned_code_or_a_lookup_url_lead_to_the_code(string typed, string expected) =>
        Assert.Equal(expected, DossierCodeInput.Normalise(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("https://motcua.dongnai.gov.vn/tra-cuu?xm=5678")]
    [InlineData("https://motcua.dongnai.gov.vn/tra-cuu?ma=")]
    public void Nothing_usable_finds_nothing(string? typed) =>
        Assert.Null(DossierCodeInput.Normalise(typed));
}

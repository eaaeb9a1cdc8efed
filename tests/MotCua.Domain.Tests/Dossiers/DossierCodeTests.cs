using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Tests.Dossiers;

public sealed class DossierCodeTests
{
    [Theory]
    [InlineData("000.00.19.H19", 2026, 2, 13, 1, "000.00.19.H19-260213-0001")]
    [InlineData("000.01.31.H19", 2025, 12, 31, 42, "000.01.31.H19-251231-0042")]
    [InlineData("000.00.04.G14", 2030, 1, 1, 9999, "000.00.04.G14-300101-9999")]
    public void Code_is_agency_date_and_four_digit_sequence(string agency, int y, int m, int d, int seq, string expected) =>
        Assert.Equal(expected, DossierCode.Format(agency, new DateOnly(y, m, d), seq));

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Sequence_outside_1_to_9999_is_impossible(int seq) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DossierCode.Format("000.00.19.H19", new DateOnly(2026, 1, 5), seq));

    [Theory]
    [InlineData("H19")]
    [InlineData("000.00.19.h19")]
    [InlineData("000.0.19.H19")]
    [InlineData("")]
    public void Agency_code_must_have_the_qcvn_102_shape(string agency) =>
        Assert.Throws<ArgumentException>(() => DossierCode.Format(agency, new DateOnly(2026, 1, 5), 1));

    [Fact]
    public void A_code_parses_back_into_its_parts()
    {
        Assert.True(DossierCode.TryParse("000.00.19.H19-260213-0007", out var agency, out var day, out var seq));
        Assert.Equal(("000.00.19.H19", new DateOnly(2026, 2, 13), 7), (agency, day, seq));
    }

    [Theory]
    [InlineData("000.00.19.H19-261313-0001")]
    [InlineData("000.00.19.H19-260213-0000")]
    [InlineData("000.00.19.H19-260213-001")]
    [InlineData("000.00.19.H19_260213_0001")]
    [InlineData(null)]
    [InlineData("TN-12")]
    public void Malformed_codes_do_not_parse(string? code) =>
        Assert.False(DossierCode.TryParse(code, out _, out _, out _));
}

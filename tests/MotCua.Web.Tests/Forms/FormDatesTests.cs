using MotCua.Web.Features.Forms;

namespace MotCua.Web.Tests.Forms;

public class FormDatesTests
{
    [Theory]
    [InlineData("2026-02-13T01:30:00+00:00", "08 giờ 30 phút, ngày 13/02/2026")]
    [InlineData("2026-02-12T18:15:00+00:00", "01 giờ 15 phút, ngày 13/02/2026")]
    [InlineData("2026-02-13T10:30:00+09:00", "08 giờ 30 phút, ngày 13/02/2026")]
    [InlineData("2026-07-01T08:00:00+07:00", "08 giờ 00 phút, ngày 01/07/2026")]
    public void Times_are_printed_in_Vietnam_time_whatever_the_input_offset(string input, string expected)
    {
        Assert.Equal(expected, FormDates.HourMinuteDate(DateTimeOffset.Parse(input, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-02-13T01:30:00+00:00", "Đồng Nai, ngày 13 tháng 02 năm 2026")]
    [InlineData("2026-01-05T01:30:00+00:00", "Đồng Nai, ngày 05 tháng 01 năm 2026")]
    [InlineData("2026-03-05T01:30:00+00:00", "Đồng Nai, ngày 05 tháng 3 năm 2026")]
    [InlineData("2026-12-31T17:30:00+00:00", "Đồng Nai, ngày 01 tháng 01 năm 2027")]
    public void Place_and_date_line_pads_days_and_only_January_and_February(string input, string expected)
    {
        Assert.Equal(expected, FormDates.PlaceAndDate("Đồng Nai", DateTimeOffset.Parse(input, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Compact_time_for_table_cells_is_hour_then_date()
    {
        Assert.Equal("16:00 27/02/2026", FormDates.Compact(new DateTimeOffset(2026, 2, 27, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal(string.Empty, FormDates.CompactOrBlank(null));
    }
}

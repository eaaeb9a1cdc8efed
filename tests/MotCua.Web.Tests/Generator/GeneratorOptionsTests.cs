using MotCua.Domain.Calendar;
using MotCua.Web.Features.Generator;
using Xunit;

namespace MotCua.Web.Tests.Generator;

/// <summary>The command line of <c>seed --generate</c> and the arrival shape, without a database.</summary>
public sealed class GeneratorOptionsTests
{
    [Fact]
    public void A_full_command_line_is_read_with_its_seed_and_append()
    {
        var options = GeneratorOptions.Parse(["seed", "--generate", "--dossiers", "1000000", "--from", "2025-01-01", "--to", "2025-12-31", "--random-seed", "42", "--append"], out var error);
        Assert.Null(error);
        Assert.Equal(new GeneratorOptions(1_000_000, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 42, Append: true), options);
    }

    [Theory]
    [InlineData("--dossiers", "0", "--from", "2025-01-01", "--to", "2025-12-31")]
    [InlineData("--dossiers", "ten", "--from", "2025-01-01", "--to", "2025-12-31")]
    [InlineData("--dossiers", "10", "--from", "01/01/2025", "--to", "2025-12-31")]
    [InlineData("--dossiers", "10", "--from", "2025-12-31", "--to", "2025-01-01")]
    [InlineData("--dossiers", "10", "--from", "2025-01-01", "--to", "")]
    public void Wrong_arguments_are_refused_with_a_reason(params string[] args)
    {
        Assert.Null(GeneratorOptions.Parse(args, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void The_plan_puts_every_dossier_on_a_working_day_and_fewer_around_Tet()
    {
        var calendar = new WorkingCalendar([], []);
        var plan = ArrivalShape.Plan(100_000, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), calendar);
        Assert.Equal(100_000, plan.Sum(p => p.Count));
        Assert.All(plan, p => Assert.True(calendar.IsWorkingDay(p.Day)));
        // Tết 2026 is on 17 February: the week before and the weeks after are quieter than the same weekday in January.
        var count = plan.ToDictionary(p => p.Day, p => p.Count);
        Assert.True(count[new DateOnly(2026, 2, 12)] < count[new DateOnly(2026, 1, 15)] * 0.7);
        Assert.True(count[new DateOnly(2026, 2, 19)] < count[new DateOnly(2026, 1, 15)] * 0.7);
        Assert.True(count[new DateOnly(2026, 3, 19)] > count[new DateOnly(2026, 2, 19)]);
        // Mondays are busier than Fridays.
        Assert.True(count[new DateOnly(2026, 1, 12)] > count[new DateOnly(2026, 1, 16)]);
    }

    [Fact]
    public void Weighted_picks_follow_their_weights()
    {
        var table = new WeightedTable<string>([("a", 3), ("b", 1)]);
        var random = new Random(1);
        var a = Enumerable.Range(0, 40_000).Count(_ => table.Pick(random) == "a");
        Assert.InRange(a / 40_000.0, 0.73, 0.77);
    }

    [Fact]
    public void Generated_people_have_valid_identity_numbers_and_mobile_phones()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var person = VietnameseNames.Next(random, "phường Trấn Biên");
            Assert.Matches(@"^\d{12}$", person.IdNumber);
            Assert.NotNull(MotCua.Domain.Text.PhoneNumbers.ToInternational(person.Phone));
            Assert.Matches(@"^0\d{9}$", person.Phone);
            Assert.Equal(3, person.FullName.Split(' ').Length);
            // Sex-and-century digit agrees with the year: 0/1 for the 1900s, 2/3 for the 2000s.
            var century = person.IdNumber[3] - '0';
            var year = int.Parse(person.IdNumber.AsSpan(4, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(century <= 1 ? year >= 45 : year <= 7, person.IdNumber);
        }
    }
}

using System.Globalization;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// Applicants as they appear at a Vietnamese one-stop: a family name from the well-known distribution (Nguyễn about
/// 38 %, Trần 11 %, Lê 9.5 % …), a middle name that depends on the sex (Văn, Thị, Minh, Ngọc …), a given name; a 12-digit
/// citizen identity number (Circular 59/2021/TT-BCA: province of birth, sex and century, year of birth, six digits) and
/// a mobile number in the carriers' current prefixes, written the national way (0 + 9 digits).
/// </summary>
public static class VietnameseNames
{
    private static readonly (string Name, int Weight)[] Families =
    [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 71), ("Hoàng", 51), ("Huỳnh", 40), ("Phan", 45), ("Vũ", 39),
        ("Võ", 30), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5),
        ("Đinh", 6), ("Đoàn", 5), ("Trương", 5), ("Lâm", 4), ("Mai", 4), ("Trịnh", 4), ("Cao", 3), ("Lưu", 3),
        ("Tô", 2), ("Châu", 2), ("Quách", 1), ("Thái", 2), ("Tạ", 2), ("Hà", 3),
    ];

    private static readonly (string Name, int Weight)[] MaleMiddles =
        [("Văn", 40), ("Minh", 12), ("Quốc", 8), ("Đức", 8), ("Hữu", 8), ("Thanh", 6), ("Công", 5), ("Hoàng", 4), ("Tuấn", 3), ("Gia", 3), ("Anh", 3)];

    private static readonly (string Name, int Weight)[] FemaleMiddles =
        [("Thị", 45), ("Ngọc", 12), ("Thu", 7), ("Thanh", 7), ("Kim", 6), ("Minh", 5), ("Phương", 4), ("Mỹ", 4), ("Bảo", 3), ("Hồng", 4), ("Khánh", 3)];

    private static readonly (string Name, int Weight)[] MaleGivens =
    [
        ("Anh", 30), ("Hùng", 22), ("Dũng", 20), ("Tuấn", 20), ("Nam", 18), ("Hải", 16), ("Long", 16), ("Minh", 16), ("Phúc", 12),
        ("Quân", 12), ("Sơn", 14), ("Thắng", 10), ("Trung", 12), ("Tùng", 10), ("Việt", 9), ("Khoa", 8), ("Bình", 10), ("Cường", 10),
        ("Đạt", 10), ("Hiếu", 10), ("Huy", 14), ("Khang", 7), ("Lâm", 6), ("Lộc", 7), ("Nghĩa", 8), ("Phong", 8), ("Tài", 8), ("Thành", 12),
        ("Thịnh", 7), ("Toàn", 7), ("Vinh", 9), ("Bảo", 8), ("Duy", 9), ("Hoàng", 8), ("Kiên", 6), ("Tâm", 6), ("Tiến", 7), ("Trí", 7),
    ];

    private static readonly (string Name, int Weight)[] FemaleGivens =
    [
        ("Anh", 26), ("Linh", 22), ("Trang", 20), ("Hương", 18), ("Lan", 16), ("Hà", 16), ("Hạnh", 12), ("Hằng", 12), ("Hoa", 12),
        ("Huyền", 12), ("Mai", 14), ("Ngọc", 12), ("Nhung", 10), ("Phương", 14), ("Thảo", 14), ("Thủy", 12), ("Trinh", 8), ("Vy", 10),
        ("Yến", 10), ("Nga", 10), ("Nhi", 10), ("Quỳnh", 10), ("Tâm", 8), ("Thu", 8), ("Vân", 10), ("Chi", 9), ("Giang", 8), ("Hiền", 10),
        ("Loan", 8), ("My", 8), ("Oanh", 6), ("Tuyết", 6), ("Uyên", 7), ("Xuân", 6), ("Diệp", 4), ("Ly", 7),
    ];

    /// <summary>Mobile prefixes in use since the 2018 renumbering (Viettel 03x/086/09x, Vinaphone 08x, MobiFone 07x/09x…).</summary>
    private static readonly string[] MobilePrefixes =
        ["032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098", "081", "082", "083", "084", "085", "088", "091",
         "094", "070", "076", "077", "078", "079", "089", "090", "093", "056", "058", "092", "059", "099"];

    /// <summary>Province codes of birthplace in identity numbers (Circular 59/2021 appendix): mostly Đồng Nai, then neighbours.</summary>
    private static readonly (string Code, int Weight)[] BirthProvinces =
        [("075", 70), ("079", 8), ("074", 6), ("070", 4), ("077", 3), ("040", 2), ("038", 2), ("036", 2), ("001", 1), ("052", 1), ("051", 1)];

    private static readonly string[] Streets =
        ["Phạm Văn Thuận", "Võ Thị Sáu", "Nguyễn Ái Quốc", "Đồng Khởi", "Hà Huy Giáp", "Trần Quốc Toản", "Nguyễn Văn Trỗi", "Hùng Vương",
         "Lê Duẩn", "Phú Riềng Đỏ", "Trường Chinh", "Quốc lộ 1A", "Quốc lộ 20", "Quốc lộ 14", "Cách Mạng Tháng Tám", "30 Tháng 4"];

    private static readonly WeightedTable<string> FamilyTable = new(Families);
    private static readonly WeightedTable<string> MaleMiddleTable = new(MaleMiddles);
    private static readonly WeightedTable<string> FemaleMiddleTable = new(FemaleMiddles);
    private static readonly WeightedTable<string> MaleGivenTable = new(MaleGivens);
    private static readonly WeightedTable<string> FemaleGivenTable = new(FemaleGivens);
    private static readonly WeightedTable<string> BirthProvinceTable = new(BirthProvinces);

    public sealed record Person(string FullName, string IdNumber, string Phone, string Address, string? Email);

    public static Person Next(Random random, string communeName)
    {
        var female = random.NextDouble() < 0.52;
        var name = string.Join(' ', FamilyTable.Pick(random), (female ? FemaleMiddleTable : MaleMiddleTable).Pick(random),
            (female ? FemaleGivenTable : MaleGivenTable).Pick(random));
        var birthYear = 1945 + (int)(random.NextDouble() * random.NextDouble() * 40) + random.Next(0, 20);
        birthYear = Math.Min(birthYear, 2007);
        // Sex-and-century digit: 0/1 male/female born 1900–1999, 2/3 born 2000–2099.
        var centuryDigit = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
        var id = string.Create(CultureInfo.InvariantCulture,
            $"{BirthProvinceTable.Pick(random)}{centuryDigit}{birthYear % 100:D2}{random.Next(0, 1_000_000):D6}");
        var phone = MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        var address = string.Create(CultureInfo.InvariantCulture,
            $"{random.Next(1, 400)} {Streets[random.Next(Streets.Length)]}, {communeName}, tỉnh Đồng Nai");
        var email = random.NextDouble() < 0.25 ? Email(name, birthYear, random) : null;
        return new(name, id, phone, address, email);
    }

    private static string Email(string fullName, int birthYear, Random random)
    {
        var folded = MotCua.Domain.Text.VietnameseText.Fold(fullName).Replace(" ", "", StringComparison.Ordinal);
        var domain = random.NextDouble() < 0.85 ? "gmail.com" : "yahoo.com.vn";
        return string.Create(CultureInfo.InvariantCulture, $"{folded}{birthYear % 100:D2}@{domain}");
    }
}

/// <summary>Picks an item with probability proportional to its weight (cumulative table, binary search).</summary>
public sealed class WeightedTable<T>
{
    private readonly T[] items;
    private readonly double[] cumulative;

    public WeightedTable(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A weighted table needs at least one item with a positive weight.", nameof(weighted));
        }
        items = list.Select(w => w.Item).ToArray();
        cumulative = new double[list.Count];
        double sum = 0;
        for (var i = 0; i < list.Count; i++)
        {
            sum += list[i].Weight;
            cumulative[i] = sum;
        }
    }

    public WeightedTable(IEnumerable<(T Item, int Weight)> weighted) : this(weighted.Select(w => (w.Item, (double)w.Weight)))
    {
    }

    public int Count => items.Length;

    public T Pick(Random random)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        i = i < 0 ? ~i : i + 1;
        return items[Math.Min(i, items.Length - 1)];
    }
}

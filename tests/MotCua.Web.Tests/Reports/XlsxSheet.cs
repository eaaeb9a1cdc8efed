using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MotCua.Web.Tests.Reports;

/// <summary>A cell read back from a workbook: its text, and its number when it is a number cell.</summary>
public sealed record XlsxCell(string Text, double? Number, uint Style);

/// <summary>
/// A worksheet opened with OpenXml, as Excel would read it: inline and shared strings, number cells, the number format
/// of each cell's style, the frozen pane and the column widths.
/// </summary>
public sealed partial class XlsxSheet
{
    private readonly Dictionary<(int Row, int Column), XlsxCell> cells = [];
    private readonly Dictionary<uint, string> formatOfStyle = [];

    public string Name { get; private init; } = "";
    public double? FrozenRows { get; private init; }
    public IReadOnlyList<double> ColumnWidths { get; private init; } = [];
    public int RowCount { get; private set; }

    public static IReadOnlyList<string> SheetNames(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    public static XlsxSheet Read(byte[] xlsx, int index)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(index);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var pane = part.Worksheet.Descendants<Pane>().FirstOrDefault();
        var result = new XlsxSheet
        {
            Name = sheet.Name!.Value!,
            FrozenRows = pane?.State?.Value == PaneStateValues.Frozen ? pane.VerticalSplit?.Value : null,
            ColumnWidths = [.. part.Worksheet.Descendants<Column>().Select(c => c.Width?.Value ?? 0)],
        };
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        var customFormats = styles?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = styles?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        for (var i = 0; i < cellFormats.Count; i++)
        {
            var id = cellFormats[i].NumberFormatId?.Value ?? 0;
            result.formatOfStyle[(uint)i] = customFormats.TryGetValue(id, out var code) ? code : BuiltIn(id);
        }

        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            foreach (var cell in row.Elements<Cell>())
            {
                var (r, c) = Position(cell.CellReference!.Value!);
                result.RowCount = Math.Max(result.RowCount, r);
                var type = cell.DataType?.Value;
                string text;
                double? number = null;
                if (type == CellValues.InlineString)
                {
                    text = cell.InlineString!.InnerText;
                }
                else if (type == CellValues.SharedString)
                {
                    text = shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)];
                }
                else if (type is null || type == CellValues.Number)
                {
                    text = cell.CellValue?.Text ?? "";
                    number = double.Parse(text, CultureInfo.InvariantCulture);
                }
                else
                {
                    text = cell.CellValue?.Text ?? "";
                }

                result.cells[(r, c)] = new XlsxCell(text, number, cell.StyleIndex?.Value ?? 0);
            }
        }

        return result;
    }

    public XlsxCell? this[int row, int column] => cells.GetValueOrDefault((row, column));

    /// <summary>The number format code of a cell (e.g. "0.00%").</summary>
    public string FormatOf(XlsxCell cell) => formatOfStyle.GetValueOrDefault(cell.Style, "General");

    /// <summary>The texts of one column from a row on (1-based), skipping empty cells.</summary>
    public IReadOnlyList<string> Column(int column, int fromRow) =>
        [.. Enumerable.Range(fromRow, Math.Max(0, RowCount - fromRow + 1)).Select(r => this[r, column]?.Text).OfType<string>()];

    /// <summary>The first row whose cell in the column has this text.</summary>
    public int RowOf(int column, string text) =>
        Enumerable.Range(1, RowCount).FirstOrDefault(r => this[r, column]?.Text == text) is var row and > 0
            ? row
            : throw new InvalidOperationException($"No row of sheet '{Name}' has '{text}' in column {column}.");

    /// <summary>The row holding the column headers: the first row with a header text in column 1 and 2.</summary>
    public int HeaderRow(string firstHeader) => RowOf(1, firstHeader);

    /// <summary>The number in a row under the header with this text.</summary>
    public double Number(int row, int headerRow, string header)
    {
        var column = Enumerable.Range(1, 40).FirstOrDefault(c => this[headerRow, c]?.Text == header);
        Assert.True(column > 0, $"no column '{header}' in sheet '{Name}'");
        var cell = this[row, column];
        Assert.True(cell?.Number is not null, $"'{header}' of row {row} is not a number cell: '{cell?.Text}'");
        return cell!.Number!.Value;
    }

    public XlsxCell? Cell(int row, int headerRow, string header)
    {
        var column = Enumerable.Range(1, 40).FirstOrDefault(c => this[headerRow, c]?.Text == header);
        Assert.True(column > 0, $"no column '{header}' in sheet '{Name}'");
        return this[row, column];
    }

    public IEnumerable<string> AllText() => cells.Values.Select(c => c.Text);

    private static (int Row, int Column) Position(string reference)
    {
        var match = CellReference().Match(reference);
        var column = match.Groups[1].Value.Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1));
        return (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), column);
    }

    private static string BuiltIn(uint id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        14 => "m/d/yyyy",
        _ => "builtin-" + id.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("^([A-Z]+)([0-9]+)$")]
    private static partial Regex CellReference();
}

using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using MotCua.Domain;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Writes a report as an Excel workbook (Office Open XML). Worksheets are written with OpenXmlWriter (SAX), row by row
/// as the database yields them, so a sheet of a hundred thousand dossiers costs no more memory than a sheet of ten.
/// Numbers are number cells (dates as serial dates) with number formats, text is inline strings.
/// </summary>
public static class XlsxReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style indexes into the stylesheet below.
    private const uint Title = 1;
    private const uint Header = 2;
    private const uint Integer = 3;
    private const uint Percent = 4;
    private const uint Date = 5;
    private const uint DateTime = 6;
    private const uint Wrapped = 7;
    private const uint Note = 8;
    private const uint Decimal = 9;

    public static async Task WriteAsync(ReportDocument report, Stream output, CancellationToken ct)
    {
        // The package is written as a streaming zip, part after part, each compressed to the output as it is written.
        // (OpenXml's own package needs a read-write stream and then keeps every part in memory until it is closed:
        // 160 MB for a sheet of 200 000 rows.) The parts are OpenXml elements; the sheets are written with OpenXmlWriter.
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sheets = new Sheets();
        for (var i = 0; i < report.Sheets.Count; i++)
        {
            var sheet = report.Sheets[i];
            await using (var stream = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Fastest).Open())
            {
                await WriteSheetAsync(stream, report, sheet, ct);
            }

            sheets.Append(new Sheet { Id = $"rId{i + 1}", SheetId = (uint)i + 1, Name = SheetName(sheet.Name, names) });
        }

        Save(zip, "xl/workbook.xml", new Workbook(sheets));
        Save(zip, "xl/styles.xml", Stylesheet());
        WriteText(zip, "xl/_rels/workbook.xml.rels", Relationships(
            report.Sheets.Select((_, i) => ($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml"))
                .Append(($"rId{report.Sheets.Count + 1}", "styles", "styles.xml"))));
        WriteText(zip, "_rels/.rels", Relationships([("rId1", "officeDocument", "xl/workbook.xml")]));
        WriteText(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + string.Concat(report.Sheets.Select((_, i) =>
                $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + "</Types>");
    }

    private static void Save(ZipArchive zip, string path, OpenXmlPartRootElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        root.Save(stream);
    }

    private static void WriteText(ZipArchive zip, string path, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new System.Text.UTF8Encoding(false));
        writer.Write(xml);
    }

    private static string Relationships(IEnumerable<(string Id, string Type, string Target)> relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r =>
            $"<Relationship Id=\"{r.Id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    private static async Task WriteSheetAsync(Stream part, ReportDocument report, ReportSheet sheet, CancellationToken ct)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());

        var block = new List<(string Text, uint Style)> { (report.Title, Title), (sheet.Title, Title) };
        block.AddRange(report.Heading.Select(line => (line, 0u)));
        block.AddRange(report.Notes.Select(line => (line, Note)));
        var headerRow = (uint)block.Count + 2;

        // The title block and the column headers stay in view while the rows scroll.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = "A" + (headerRow + 1).ToString(CultureInfo.InvariantCulture), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(sheet.Columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true,
        })));

        writer.WriteStartElement(new SheetData());
        uint rowIndex = 1;
        foreach (var (text, style) in block)
        {
            WriteRow(writer, rowIndex++, [Text(text, style)]);
        }

        rowIndex++;
        WriteRow(writer, rowIndex++, sheet.Columns.Select(c => Text(c.Header, Header)));
        await foreach (var row in sheet.Rows(ct).WithCancellation(ct))
        {
            WriteRow(writer, rowIndex++, row.Select((value, i) => Value(value, sheet.Columns[i].Kind)));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IEnumerable<Cell?> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        var column = 0;
        foreach (var cell in cells)
        {
            // Every cell says where it is: an empty value is skipped, and the next cell must not slide into its place.
            if (cell is not null)
            {
                cell.CellReference = ColumnName(column) + index.ToString(CultureInfo.InvariantCulture);
                writer.WriteElement(cell);
            }

            column++;
        }

        writer.WriteEndElement();
    }

    private static Cell Text(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(double value, uint style) => new()
    {
        StyleIndex = style,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    private static Cell? Value(object? value, CellKind kind) => value switch
    {
        null => null,
        string s => Text(s, Wrapped),
        DateOnly d => Number(d.ToDateTime(TimeOnly.MinValue).ToOADate(), Date),
        DateTimeOffset t => Number(VietnamTime.ToLocal(t).DateTime.ToOADate(), kind == CellKind.Date ? Date : DateTime),
        int or long or decimal or double => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), kind switch
        {
            CellKind.Percent => Percent,
            CellKind.Quantity => Decimal,
            _ => Integer,
        }),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", Wrapped),
    };

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>XML 1.0 cannot carry control characters; a pasted apology reason may contain them.</summary>
    private static string Clean(string text) =>
        text.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\t'))
            ? new string([.. text.Where(ch => !char.IsControl(ch) || ch is '\n' or '\t')])
            : text;

    /// <summary>Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string([.. name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '-' : ch)]);
        clean = (clean.Length > 31 ? clean[..31] : clean).Trim();
        var candidate = clean;
        for (var i = 2; !used.Add(candidate); i++)
        {
            var suffix = $" ({i})";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }

    private static Stylesheet Stylesheet()
    {
        var numberFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.00%" })
        { Count = 3 };
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 10 }, new FontName { Val = "Calibri" }))
        { Count = 4 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 };
        CellFormat Format(uint numberFormat, uint font = 0, uint fill = 0, uint border = 0, bool wrap = false, bool center = false) => new()
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = border,
            ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0,
            ApplyAlignment = wrap || center,
            Alignment = wrap || center
                ? new Alignment { WrapText = wrap, Vertical = VerticalAlignmentValues.Top, Horizontal = center ? HorizontalAlignmentValues.Center : null }
                : null,
        };
        var formats = new CellFormats(
            Format(0),
            Format(0, font: 1),
            Format(0, font: 2, fill: 2, border: 1, wrap: true, center: true),
            Format(3, border: 1),
            Format(166, border: 1),
            Format(164, border: 1),
            Format(165, border: 1),
            Format(0, border: 1, wrap: true),
            Format(0, font: 3),
            Format(4, border: 1))
        { Count = 10 };
        return new Stylesheet(numberFormats, fonts, fills, borders, formats);
    }
}

namespace MotCua.Web.Features.Reports;

/// <summary>How a column's values are written: numbers stay numbers in the workbook, so a leader can sum and chart them.</summary>
public enum CellKind
{
    Text,
    /// <summary>A whole number (dossiers, steps, days).</summary>
    Count,
    /// <summary>A fraction (0.9712), shown as a percentage.</summary>
    Percent,
    /// <summary>A number with decimals (average working days).</summary>
    Quantity,
    Date,
    DateTime,
}

/// <param name="Width">Width in characters (Excel's unit); the PDF uses the widths as relative weights.</param>
public sealed record ReportColumn(string Header, CellKind Kind, double Width);

/// <summary>
/// One table of a report: a worksheet in the workbook, a section in the PDF. Rows are produced on demand and read once,
/// so a province year of dossiers streams from the database to the file without being held in memory.
/// </summary>
public sealed record ReportSheet(string Name, string Title, IReadOnlyList<ReportColumn> Columns, Func<CancellationToken, IAsyncEnumerable<object?[]>> Rows);

/// <param name="Header">The agency block of the PDF (Decree 30/2020 layout): the parent agency and the reporting unit.</param>
/// <param name="Heading">The title block under the title: unit, period, time of generation.</param>
/// <param name="Notes">How the figures are counted (the model and formulas), printed with every report.</param>
public sealed record ReportDocument(string Title, Forms.FormHeader Header, IReadOnlyList<string> Heading, IReadOnlyList<ReportSheet> Sheets, IReadOnlyList<string> Notes);

public static class ReportRows
{
    public static async IAsyncEnumerable<object?[]> Of(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}

namespace MotCua.Web.Features.Forms;

internal sealed record TableColumn(double Weight, TextAlign Align = TextAlign.Left);

/// <summary>One cell's content: runs, with '\n' for line breaks inside the cell.</summary>
internal sealed record TableCell(IReadOnlyList<TextRun> Runs, TextAlign? Align = null);

/// <summary>
/// A bordered table whose cells wrap their text. Rows flow across pages with the header rows repeated on every
/// page (a year's log book runs to thousands of rows); a row taller than a whole page is split between pages.
/// </summary>
internal sealed class FormTable(FormWriter writer, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<TableCell>> headerRows)
{
    private const double Padding = 2.5;

    private readonly double[] widths = ColumnWidths(columns, writer.ContentWidth);
    private double bodyTopOfPage = double.NaN;
    private bool headerOpensPage;

    public void Draw(IEnumerable<IReadOnlyList<TableCell>> rows)
    {
        var first = true;
        foreach (var row in rows)
        {
            var lines = Wrap(row);
            if (first)
            {
                // Never leave the header alone at the foot of a page.
                writer.EnsureSpace(HeaderHeight() + Math.Min(RowHeight(lines), 3 * TextLayout.LineHeight(10)));
                DrawHeader(opensPage: false);
                first = false;
            }

            DrawRow(row, lines);
        }

        if (first)
        {
            writer.EnsureSpace(HeaderHeight());
            DrawHeader(opensPage: false);
        }
    }

    private static double[] ColumnWidths(IReadOnlyList<TableColumn> columns, double total)
    {
        var sum = columns.Sum(c => c.Weight);
        return [.. columns.Select(c => c.Weight / sum * total)];
    }

    private IReadOnlyList<TextLine>[] Wrap(IReadOnlyList<TableCell> row)
    {
        if (row.Count != columns.Count)
        {
            throw new ArgumentException($"A row has {row.Count} cells, the table has {columns.Count} columns.", nameof(row));
        }

        return [.. row.Select((cell, i) => writer.Layout.Wrap(cell.Runs, widths[i] - (2 * Padding)))];
    }

    private static double RowHeight(IReadOnlyList<TextLine>[] lines) =>
        lines.Max(cell => cell.Sum(line => line.Height)) + (2 * Padding);

    private double HeaderHeight() => headerRows.Sum(row => RowHeight(Wrap(row)));

    private void DrawHeader(bool opensPage)
    {
        headerOpensPage = opensPage;
        foreach (var row in headerRows)
        {
            var lines = Wrap(row);
            var height = RowHeight(lines);
            var x = writer.Left;
            for (var i = 0; i < columns.Count; i++)
            {
                writer.Graphics.DrawRectangle(FormWriter.BorderPen, x, writer.Y, widths[i], height);
                var textHeight = lines[i].Sum(line => line.Height);
                writer.DrawLines(lines[i], x + Padding, writer.Y + ((height - textHeight) / 2), widths[i] - (2 * Padding), row[i].Align ?? TextAlign.Center);
                x += widths[i];
            }

            writer.Y += height;
        }

        bodyTopOfPage = writer.Y;
    }

    private void DrawRow(IReadOnlyList<TableCell> row, IReadOnlyList<TextLine>[] lines)
    {
        var remaining = lines.Select(cell => cell.ToList()).ToArray();
        while (true)
        {
            var height = RowHeight(remaining);
            if (writer.Y + height <= writer.Bottom)
            {
                DrawCells(row, remaining, height);
                return;
            }

            var atTopOfPage = headerOpensPage && Math.Abs(writer.Y - bodyTopOfPage) < 0.01;
            if (!atTopOfPage)
            {
                writer.NewPage();
                DrawHeader(opensPage: true);
                continue;
            }

            // Taller than a whole page: fill this page with as many lines of each cell as fit, carry the rest over.
            var available = writer.Bottom - writer.Y - (2 * Padding);
            var part = remaining.Select(cell => TakeFitting(cell, available)).ToArray();
            if (part.All(cell => cell.Count == 0))
            {
                // A single line taller than the page body cannot happen with the form fonts; drawing it avoids looping forever.
                part = [.. remaining.Select(cell => cell.Take(1).ToList())];
            }

            DrawCells(row, part, RowHeight(part));
            for (var i = 0; i < remaining.Length; i++)
            {
                remaining[i].RemoveRange(0, part[i].Count);
            }

            writer.NewPage();
            DrawHeader(opensPage: true);
        }
    }

    private static List<TextLine> TakeFitting(List<TextLine> cell, double available)
    {
        var taken = new List<TextLine>();
        var used = 0.0;
        foreach (var line in cell)
        {
            if (used + line.Height > available)
            {
                break;
            }

            taken.Add(line);
            used += line.Height;
        }

        return taken;
    }

    private void DrawCells(IReadOnlyList<TableCell> row, IReadOnlyList<TextLine>[] lines, double height)
    {
        var x = writer.Left;
        for (var i = 0; i < columns.Count; i++)
        {
            writer.Graphics.DrawRectangle(FormWriter.BorderPen, x, writer.Y, widths[i], height);
            writer.DrawLines(lines[i], x + Padding, writer.Y + Padding, widths[i] - (2 * Padding), row[i].Align ?? columns[i].Align);
            x += widths[i];
        }

        writer.Y += height;
    }
}

namespace MotCua.Web.Features.Forms;

internal sealed record SignatureColumn(string Title, string Hint, string? Name);

/// <summary>The parts every form of Circular 01/2018/TT-VPCP shares: form number, heading blocks, title, signatures.</summary>
internal static class FormBlocks
{
    private const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public static void FormNumber(FormWriter w, FormStyle style, string number)
    {
        w.Paragraph(number, w.Fonts.Get(style.Small, FaceStyle.Bold), TextAlign.Right, spaceAfter: 1);
    }

    /// <summary>
    /// The agency block (left: parent agency, issuing unit in bold, a short rule) beside the national motto block
    /// (right: the nation's name, the motto underlined, then the italic place-and-date line), as in Decree 30/2020.
    /// </summary>
    public static void Heading(FormWriter w, FormStyle style, FormHeader header, string? placeAndDate)
    {
        var regular = w.Fonts.Get(style.Heading);
        var bold = w.Fonts.Get(style.Heading, FaceStyle.Bold);
        var italic = w.Fonts.Get(style.Heading, FaceStyle.Italic);

        const double gap = 6;
        var rightWidth = Math.Max(w.Layout.Measure(Nation, bold) + 4, w.ContentWidth * 0.55);
        var leftWidth = w.ContentWidth - rightWidth - gap;
        var rightX = w.Right - rightWidth;
        var top = w.Y;

        var y = top;
        y += w.DrawLines(w.Layout.WrapBalanced([new TextRun(header.ParentAgencyName.ToUpperInvariant(), regular)], leftWidth), w.Left, y, leftWidth, TextAlign.Center);
        var unitLines = w.Layout.WrapBalanced([new TextRun(header.IssuingUnitName.ToUpperInvariant(), bold)], leftWidth);
        y += w.DrawLines(unitLines, w.Left, y, leftWidth, TextAlign.Center);
        var rule = Math.Min(leftWidth / 3, unitLines.Max(line => line.Width));
        w.Graphics.DrawLine(FormWriter.BorderPen, w.Left + ((leftWidth - rule) / 2), y + 1, w.Left + ((leftWidth + rule) / 2), y + 1);
        var leftBottom = y + 4;

        y = top;
        y += w.DrawLines(w.Layout.Wrap([new TextRun(Nation, bold)], rightWidth), rightX, y, rightWidth, TextAlign.Center);
        var mottoLines = w.Layout.Wrap([new TextRun(Motto, bold)], rightWidth);
        y += w.DrawLines(mottoLines, rightX, y, rightWidth, TextAlign.Center);
        var mottoWidth = mottoLines[0].Width;
        // Drawn below the descenders, as the motto's rule is in the official templates.
        w.Graphics.DrawLine(FormWriter.BorderPen, rightX + ((rightWidth - mottoWidth) / 2), y + 1, rightX + ((rightWidth + mottoWidth) / 2), y + 1);
        y += 5;
        if (placeAndDate is not null)
        {
            y += w.DrawLines(w.Layout.Wrap([new TextRun(placeAndDate, italic)], rightWidth), rightX, y, rightWidth, TextAlign.Center);
        }

        w.Y = Math.Max(leftBottom, y) + 6;
    }

    public static void Title(FormWriter w, FormStyle style, string title)
    {
        var lines = w.Layout.WrapBalanced([new TextRun(title, w.Fonts.Get(style.Title, FaceStyle.Bold))], w.ContentWidth);
        w.EnsureSpace(lines.Sum(line => line.Height));
        w.Y += w.DrawLines(lines, w.Left, w.Y, w.ContentWidth, TextAlign.Center) + 2;
    }

    /// <summary>"Label: value" where the value is in bold; nothing at all when the value is absent.</summary>
    public static void Field(FormWriter w, FormStyle style, string label, string? value, bool boldValue = true, double spaceAfter = 1.5)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        w.Paragraph(
            [new TextRun(label + " ", w.Fonts.Get(style.Body)), new TextRun(value, w.Fonts.Get(style.Body, boldValue ? FaceStyle.Bold : FaceStyle.Regular))],
            spaceAfter: spaceAfter);
    }

    /// <summary>Address, phone and e-mail lines of an applicant, skipping what is unknown.</summary>
    public static void ApplicantContact(FormWriter w, FormStyle style, FormApplicant applicant)
    {
        Field(w, style, "Số định danh cá nhân/mã số tổ chức:", applicant.IdNumber, boldValue: false);
        Field(w, style, "Địa chỉ:", applicant.Address, boldValue: false);
        var regular = w.Fonts.Get(style.Body);
        var runs = new List<TextRun>();
        if (!string.IsNullOrWhiteSpace(applicant.Phone))
        {
            runs.Add(new TextRun("Số điện thoại: " + applicant.Phone, regular));
        }

        if (!string.IsNullOrWhiteSpace(applicant.Email))
        {
            // No-break spaces keep a visible gap after the phone number (ordinary spaces collapse when wrapping).
            runs.Add(new TextRun((runs.Count > 0 ? " \u00A0\u00A0\u00A0\u00A0" : string.Empty) + "Email: " + applicant.Email, regular));
        }

        if (runs.Count > 0)
        {
            w.Paragraph(runs, spaceAfter: 1.5);
        }
    }

    /// <summary>Numbered items with a hanging indent, so wrapped lines align under the text, not the number.</summary>
    public static void NumberedList(FormWriter w, FormStyle style, IReadOnlyList<string> items)
    {
        var regular = w.Fonts.Get(style.Body);
        for (var i = 0; i < items.Count; i++)
        {
            var number = $"{i + 1}. ";
            w.Paragraph([new TextRun(number + items[i], regular)], indent: 8, hanging: w.Layout.Measure(number, regular), spaceAfter: 1);
        }
    }

    /// <summary>
    /// Signature columns side by side: the role in bold capitals, the italic hint, room to sign, then the name.
    /// A single column sits on the right half, where Vietnamese documents place the signer.
    /// </summary>
    public static void Signatures(FormWriter w, FormStyle style, IReadOnlyList<SignatureColumn> columns, IReadOnlyList<TextRun>? leftNote = null)
    {
        const double signingSpace = 36;
        var bold = w.Fonts.Get(style.Body, FaceStyle.Bold);
        var italic = w.Fonts.Get(style.Small, FaceStyle.Italic);
        var width = w.ContentWidth / 2;
        var slots = columns.Count == 1 ? [w.Left + width] : columns.Select((_, i) => w.Left + (i * w.ContentWidth / columns.Count)).ToArray();
        if (columns.Count > 1)
        {
            width = w.ContentWidth / columns.Count;
        }

        var blocks = columns.Select(column =>
        {
            List<TextLine> lines =
            [
                .. w.Layout.Wrap([new TextRun(column.Title, bold)], width),
                .. w.Layout.Wrap([new TextRun(column.Hint, italic)], width),
            ];
            var nameLines = column.Name is null ? [] : w.Layout.Wrap([new TextRun(column.Name, bold)], width);
            return (lines, nameLines);
        }).ToList();

        var noteLines = leftNote is null ? [] : w.Layout.Wrap(leftNote, width - 4);
        var height = Math.Max(
            blocks.Max(b => b.lines.Sum(l => l.Height) + signingSpace + b.nameLines.Sum(l => l.Height)),
            noteLines.Sum(l => l.Height));
        w.EnsureSpace(height + 4);
        w.Gap(4);
        var top = w.Y;
        if (noteLines.Count > 0)
        {
            w.DrawLines(noteLines, w.Left, top, width - 4, TextAlign.Left);
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var y = top + w.DrawLines(blocks[i].lines, slots[i], top, width, TextAlign.Center);
            w.DrawLines(blocks[i].nameLines, slots[i], y + signingSpace, width, TextAlign.Center);
        }

        w.Y = top + height;
    }

    public static TableCell Cell(FormWriter w, double size, string? text, FaceStyle style = FaceStyle.Regular, TextAlign? align = null) =>
        new([new TextRun(text ?? string.Empty, w.Fonts.Get(size, style))], align);
}

using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace MotCua.Web.Features.Forms;

internal sealed record TextRun(string Text, XFont Font);

internal enum TextAlign
{
    Left,
    Center,
    Right,
}

internal readonly record struct TextSegment(string Text, XFont Font, double X, double Width);

internal sealed class TextLine(IReadOnlyList<TextSegment> segments, double width, double height, double ascent)
{
    public IReadOnlyList<TextSegment> Segments { get; } = segments;
    public double Width { get; } = width;
    public double Height { get; } = height;
    public double Ascent { get; } = ascent;
}

/// <summary>
/// Word wrapping for mixed-font runs. PDFsharp only draws single lines, and the forms hold long Vietnamese
/// procedure and document names that must wrap inside their cell, never overflow it.
/// </summary>
internal sealed class TextLayout(XGraphics measureContext)
{
    // Stacked diacritics on capitals (Ấ, Ễ, Ộ) rise well above the cap height; the line box leaves room for them.
    private const double AscentFactor = 1.0;
    private const double LineFactor = 1.25;

    // Long unbreakable tokens (URLs, dossier codes) may break after these characters before falling back to letters.
    private const string BreakAfter = "-/.?&=_,;:";

    private readonly Dictionary<(XFont Font, string Text), double> widths = [];

    public static double LineHeight(double fontSize) => fontSize * LineFactor;

    public double Measure(string text, XFont font)
    {
        if (!widths.TryGetValue((font, text), out var width))
        {
            width = measureContext.MeasureString(text, font).Width;
            widths[(font, text)] = width;
        }

        return width;
    }

    public IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextRun> runs, double width) => Wrap(runs, width, width);

    public IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextRun> runs, double firstLineWidth, double otherLinesWidth)
    {
        var lines = new List<TextLine>();
        var builder = new LineBuilder(this, runs.Count > 0 ? runs[0].Font : null);
        double Available() => lines.Count == 0 ? firstLineWidth : otherLinesWidth;

        foreach (var token in Tokenize(runs))
        {
            if (token.HardBreak)
            {
                lines.Add(builder.Finish());
                continue;
            }

            var word = token.Word!;
            var wordWidth = word.Sum(piece => Measure(piece.Text, piece.Font));
            var space = builder.IsEmpty || !token.SpaceBefore ? 0 : Measure(" ", word[0].Font);
            if (builder.X + space + wordWidth <= Available() + 0.01)
            {
                builder.Add(word, space);
            }
            else if (wordWidth <= otherLinesWidth || (builder.IsEmpty && wordWidth <= Available()))
            {
                if (!builder.IsEmpty)
                {
                    lines.Add(builder.Finish());
                }

                builder.Add(word, 0);
            }
            else
            {
                if (!builder.IsEmpty)
                {
                    lines.Add(builder.Finish());
                }

                foreach (var atom in Atoms(word, otherLinesWidth))
                {
                    var atomWidth = Measure(atom.Text, atom.Font);
                    if (!builder.IsEmpty && builder.X + atomWidth > Available() + 0.01)
                    {
                        lines.Add(builder.Finish());
                    }

                    builder.Add([atom], 0);
                }
            }
        }

        if (!builder.IsEmpty || lines.Count == 0)
        {
            lines.Add(builder.Finish());
        }

        return lines;
    }

    /// <summary>
    /// Wraps into as few lines as greedy wrapping needs, but with line lengths evened out, so a centred heading
    /// reads "TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG" rather than leaving one orphan word on the last line.
    /// </summary>
    public IReadOnlyList<TextLine> WrapBalanced(IReadOnlyList<TextRun> runs, double width)
    {
        var greedy = Wrap(runs, width);
        if (greedy.Count < 2)
        {
            return greedy;
        }

        double low = 0, high = width;
        var best = greedy;
        for (var i = 0; i < 12; i++)
        {
            var middle = (low + high) / 2;
            var candidate = Wrap(runs, middle);
            if (candidate.Count == greedy.Count && candidate.All(line => line.Width <= middle + 0.01))
            {
                best = candidate;
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return best;
    }

    /// <summary>Splits a too-long word at break characters, and pieces still too long at letter boundaries.</summary>
    private IEnumerable<TextRun> Atoms(IReadOnlyList<TextRun> word, double width)
    {
        foreach (var piece in word)
        {
            var start = 0;
            for (var i = 0; i < piece.Text.Length; i++)
            {
                if (BreakAfter.Contains(piece.Text[i], StringComparison.Ordinal) || i == piece.Text.Length - 1)
                {
                    var chunk = piece.Text[start..(i + 1)];
                    start = i + 1;
                    if (Measure(chunk, piece.Font) <= width)
                    {
                        yield return piece with { Text = chunk };
                        continue;
                    }

                    // Text elements keep a letter and its combining marks together.
                    var elements = StringInfo.GetTextElementEnumerator(chunk);
                    while (elements.MoveNext())
                    {
                        yield return piece with { Text = elements.GetTextElement() };
                    }
                }
            }
        }
    }

    private sealed record Token(IReadOnlyList<TextRun>? Word, bool SpaceBefore, bool HardBreak);

    /// <summary>
    /// Words may span runs ("(" + bold "x" + ")") and stay unbreakable; whitespace separates words, '\n' forces a line break.
    /// Text is normalised to NFC: decomposed input would draw loose combining marks.
    /// </summary>
    private static IEnumerable<Token> Tokenize(IReadOnlyList<TextRun> runs)
    {
        List<TextRun>? word = null;
        var wordSpaceBefore = false;
        var pendingSpace = false;
        var piece = new StringBuilder();
        XFont? pieceFont = null;

        void FlushPiece()
        {
            if (piece.Length > 0)
            {
                word!.Add(new TextRun(piece.ToString(), pieceFont!));
                piece.Clear();
            }
        }

        foreach (var run in runs)
        {
            var text = run.Text.Normalize(NormalizationForm.FormC);
            foreach (var c in text)
            {
                if (c == '\n' || (char.IsWhiteSpace(c) && c != '\u00A0'))
                {
                    if (word is not null)
                    {
                        FlushPiece();
                        yield return new Token(word, wordSpaceBefore, false);
                        word = null;
                    }

                    if (c == '\n')
                    {
                        yield return new Token(null, false, true);
                        pendingSpace = false;
                    }
                    else
                    {
                        pendingSpace = true;
                    }

                    continue;
                }

                if (word is null)
                {
                    word = [];
                    wordSpaceBefore = pendingSpace;
                    pendingSpace = false;
                }

                if (!ReferenceEquals(pieceFont, run.Font))
                {
                    FlushPiece();
                    pieceFont = run.Font;
                }

                piece.Append(c);
            }
        }

        if (word is not null)
        {
            FlushPiece();
            yield return new Token(word, wordSpaceBefore, false);
        }
    }

    private sealed class LineBuilder(TextLayout layout, XFont? defaultFont)
    {
        private readonly List<TextSegment> segments = [];
        private double maxSize = defaultFont?.Size ?? 0;

        public double X { get; private set; }

        public bool IsEmpty => segments.Count == 0;

        public void Add(IReadOnlyList<TextRun> pieces, double spaceBefore)
        {
            X += spaceBefore;
            foreach (var piece in pieces)
            {
                var width = layout.Measure(piece.Text, piece.Font);
                var last = segments.Count - 1;
                if (spaceBefore == 0 && last >= 0 && ReferenceEquals(segments[last].Font, piece.Font)
                    && Math.Abs(segments[last].X + segments[last].Width - X) < 0.001)
                {
                    // Adjacent pieces in one font become one string, so text extraction sees whole words.
                    var merged = segments[last].Text + piece.Text;
                    segments[last] = segments[last] with { Text = merged, Width = segments[last].Width + width };
                }
                else if (spaceBefore > 0 && segments.Count > 0 && ReferenceEquals(segments[last].Font, piece.Font))
                {
                    var merged = segments[last].Text + " " + piece.Text;
                    segments[last] = segments[last] with { Text = merged, Width = X + width - segments[last].X };
                }
                else
                {
                    segments.Add(new TextSegment(piece.Text, piece.Font, X, width));
                }

                X += width;
                spaceBefore = 0;
                maxSize = Math.Max(maxSize, piece.Font.Size);
            }
        }

        public TextLine Finish()
        {
            var line = new TextLine([.. segments], X, maxSize * LineFactor, maxSize * AscentFactor);
            segments.Clear();
            X = 0;
            maxSize = defaultFont?.Size ?? 0;
            return line;
        }
    }
}

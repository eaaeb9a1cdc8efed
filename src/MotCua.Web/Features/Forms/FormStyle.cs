namespace MotCua.Web.Features.Forms;

/// <summary>Type sizes in points, scaled to the paper: A5 forms are dense, the A4 log book has 13 columns.</summary>
internal sealed record FormStyle(double Body, double Small, double Heading, double Title, double Table)
{
    public static readonly FormStyle A5 = new(Body: 8.5, Small: 7, Heading: 8, Title: 10.5, Table: 7.5);
    public static readonly FormStyle A4Book = new(Body: 10, Small: 8, Heading: 10, Title: 14, Table: 7.5);
}

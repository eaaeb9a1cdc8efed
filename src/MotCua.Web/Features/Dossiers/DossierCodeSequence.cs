namespace MotCua.Web.Features.Dossiers;

/// <summary>The last sequence number used per receiving agency and local day; incremented inside the intake transaction.</summary>
public sealed class DossierCodeSequence
{
    public required string AgencyCode { get; set; }
    /// <summary>YYMMDD of the local date.</summary>
    public required string Day { get; set; }
    public int Last { get; set; }
}

/// <summary>The first answer to a request carrying an Idempotency-Key, replayed to retries.</summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string UserId { get; set; }
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public required string ResponseBody { get; set; }
    public string? Location { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

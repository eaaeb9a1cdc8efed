namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Why a use case (intake, a lifecycle action) did not happen: an HTTP-like status, the stable error code, and field
/// errors as message keys. The API turns it into problem details; a page shows it next to the fields.
/// </summary>
public sealed record CommandFailure(int Status, string Code, string? Detail = null,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null, IReadOnlyDictionary<string, object?>? Extra = null)
{
    public static CommandFailure Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, Infrastructure.ErrorCodes.ValidationFailed, FieldErrors: errors);
}

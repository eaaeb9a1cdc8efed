namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>
/// The files and reuse choices of a posted upload form: inputs <c>file.&lt;component&gt;</c> and <c>reuse.&lt;component&gt;</c>.
/// ASP.NET Core has already spooled large files to temporary files on disk (past 64 KB), so nothing here is held in memory.
/// </summary>
public static class PostedFiles
{
    public static (IReadOnlyList<SlotUpload> Uploads, IReadOnlyDictionary<string, string> Reuse) Read(HttpContext? http)
    {
        if (http is null || !http.Request.HasFormContentType)
        {
            return ([], new Dictionary<string, string>());
        }
        var form = http.Request.Form;
        var uploads = form.Files
            .Where(f => f.Name.StartsWith("file.", StringComparison.Ordinal) && (f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
            .Select(f => new SlotUpload(f.Name["file.".Length..], f.FileName, f.Length, f.OpenReadStream))
            .ToList();
        var reuse = form.Keys.Where(k => k.StartsWith("reuse.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(form[k]))
            .ToDictionary(k => k["reuse.".Length..], k => form[k].ToString(), StringComparer.Ordinal);
        return (uploads, reuse);
    }
}

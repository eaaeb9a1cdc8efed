namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>Where uploaded files are kept and how big they may be (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>Directory of the files, relative to the content root unless absolute; never inside wwwroot.</summary>
    public string Root { get; set; } = "data/files";
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
    public long MaxDossierBytes { get; set; } = 30 * 1024 * 1024;
}

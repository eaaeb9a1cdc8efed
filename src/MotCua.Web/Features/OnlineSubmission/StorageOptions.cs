namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>Where uploaded files are kept and how big they may be (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>Directory of the files, relative to the content root unless absolute; never inside wwwroot.</summary>
    public string Root { get; set; } = "data/files";
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
    public long MaxDossierBytes { get; set; } = 30 * 1024 * 1024;
    /// <summary>
    /// How long a stored file no dossier or draft refers to is kept before the sweep deletes it: long enough for an upload
    /// whose row is not committed yet, short enough that a deleted draft's identity papers do not linger.
    /// </summary>
    public double OrphanGraceHours { get; set; } = 24;
    /// <summary>How often each node sweeps (0: never; the <c>sweep-files</c> command still does).</summary>
    public double SweepHours { get; set; } = 6;
}

using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>
/// Uploaded files on disk outside the web root, each under the SHA-256 of its content (the same bytes are kept once).
/// A file is streamed to a temporary file while it is hashed and measured, so a large upload never sits in memory, and
/// it is refused as soon as it passes the limit.
/// </summary>
public sealed class FileStore
{
    public enum Problem { None, Type, TooLarge, Empty }

    public sealed record Stored(string Key, string ContentType, long Length, Problem Problem);

    private readonly string root;

    private readonly TimeProvider clock;

    public FileStore(IOptions<StorageOptions> options, IWebHostEnvironment environment, TimeProvider clock)
    {
        this.clock = clock;
        Options = options.Value;
        root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, Options.Root));
        var webRoot = environment.WebRootPath is { Length: > 0 } w ? Path.GetFullPath(w) : null;
        if (webRoot is not null && (root + Path.DirectorySeparatorChar).StartsWith(webRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Anything under wwwroot is served to anyone by the static-file middleware.
            throw new InvalidOperationException($"Storage:Root ({root}) must not be inside the web root ({webRoot}).");
        }
    }

    public StorageOptions Options { get; }

    public string RootPath => root;

    public async Task<Stored> SaveAsync(Stream content, CancellationToken ct)
    {
        var header = new byte[ContentSniffer.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        if (headerLength == 0)
        {
            return new("", "", 0, Problem.Empty);
        }
        var type = ContentSniffer.Sniff(header.AsSpan(0, headerLength));
        if (type is null)
        {
            return new("", "", 0, Problem.Type);
        }
        Directory.CreateDirectory(Path.Combine(root, "tmp"));
        var temp = Path.Combine(root, "tmp", Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                hash.AppendData(header, 0, headerLength);
                await output.WriteAsync(header.AsMemory(0, headerLength), ct);
                length = headerLength;
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > Options.MaxFileBytes)
                    {
                        break;
                    }
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            if (length > Options.MaxFileBytes)
            {
                return new("", type, length, Problem.TooLarge);
            }
            var key = Convert.ToHexStringLower(hash.GetHashAndReset());
            var target = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                File.Move(temp, target, overwrite: true);
            }
            // Stamped now even when the bytes were already kept: the sweep leaves a file this young alone, so an upload
            // of content the sweep found orphaned keeps it while the new row is being committed.
            File.SetLastWriteTimeUtc(target, clock.GetUtcNow().UtcDateTime);
            return new(key, type, length, Problem.None);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Stream OpenRead(string key) => new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public bool Exists(string key) => File.Exists(PathOf(key));

    /// <summary>A stored file and when it was last written (by an upload of its content).</summary>
    public sealed record Entry(string Key, DateTimeOffset WrittenAt);

    /// <summary>Every stored file, read folder by folder (the sweep's input; nothing is held in memory at once).</summary>
    public IEnumerable<Entry> Enumerate()
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var key = Path.GetFileName(path);
            if (key.Length == 64 && key.All(char.IsAsciiHexDigitLower) && path == PathOf(key))
            {
                yield return new(key, File.GetLastWriteTimeUtc(path));
            }
        }
    }

    /// <summary>Deletes a stored file if it was not written since <paramref name="notAfter"/> (an upload may have just
    /// stamped it); true when deleted.</summary>
    public bool DeleteIfOlder(string key, DateTimeOffset notAfter)
    {
        var path = PathOf(key);
        if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) >= notAfter.UtcDateTime)
        {
            return false;
        }
        File.Delete(path);
        return true;
    }

    /// <summary>Temporary files an interrupted upload left behind, older than <paramref name="notAfter"/>; returns how many went.</summary>
    public int DeleteTemporary(DateTimeOffset notAfter)
    {
        var tmp = Path.Combine(root, "tmp");
        if (!Directory.Exists(tmp))
        {
            return 0;
        }
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(tmp).Where(p => File.GetLastWriteTimeUtc(p) < notAfter.UtcDateTime).ToList())
        {
            File.Delete(path);
            deleted++;
        }
        return deleted;
    }

    /// <summary>The path of a key: two levels of folders from the hash; a key that is not a hash never becomes a path.</summary>
    public string PathOf(string key)
    {
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a storage key.", nameof(key));
        }
        return Path.Combine(root, key[..2], key[2..4], key);
    }
}

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

    public FileStore(IOptions<StorageOptions> options, IWebHostEnvironment environment)
    {
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
            return new(key, type, length, Problem.None);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Stream OpenRead(string key) => new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public bool Exists(string key) => File.Exists(PathOf(key));

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

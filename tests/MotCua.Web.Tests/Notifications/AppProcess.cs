using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// The application as a separate OS process (dotnet MotCua.Web.dll on a free loopback port), so a test can kill it with
/// SIGKILL in the middle of its work, as a crash or an OOM kill would, and start it again.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public string BaseUrl { get; }

    public string Output
    {
        get { lock (output) { return output.ToString(); } }
    }

    private AppProcess(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var dir = WebBinDirectory();
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(dir, "MotCua.Web.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(url);
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(dir);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new AppProcess(process, url);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            Assert.False(process.HasExited, $"The app process exited with {(process.HasExited ? process.ExitCode : 0)}:\n{app.Output}");
            try
            {
                if ((await http.GetAsync(url + "/health")).StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(DateTime.UtcNow < until, $"The app process did not answer /health in 90 s:\n{app.Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown, no finally blocks, no flushing; what is not committed is lost.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) { output.AppendLine(line); }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>src/MotCua.Web/bin/&lt;configuration&gt;/net10.0 of the build these tests run from.</summary>
    private static string WebBinDirectory()
    {
        var testBin = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(testBin);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testBin)!);
        var root = new DirectoryInfo(testBin);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MotCua.slnx")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        var dir = Path.Combine(root.FullName, "src", "MotCua.Web", "bin", configuration, framework);
        Assert.True(File.Exists(Path.Combine(dir, "MotCua.Web.dll")), $"{dir}/MotCua.Web.dll is missing: build the solution first");
        return dir;
    }
}

using MotCua.Web;
using MotCua.Web.Infrastructure;

// One executable: `MotCua.Web` serves; `MotCua.Web migrate|seed|verify-audit` are the operator's subcommands.
var builder = WebApplication.CreateBuilder(args);
builder.AddMotCua();
var app = builder.Build();

if (Commands.IsCommand(args))
{
    return await Commands.RunAsync(app, args);
}
await app.PrepareDatabaseAsync();
app.UseMotCua();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;

// The same kind of server as STACK.md §10 (a): slim builder, no logging, one small JSON answer. Whatever MotCua's
// lookup does beyond this (routing, rate limiting, a database query) is what the benchmark ratio measures.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/json", () => Results.Json(new Greeting("Hello, World!", 42)));
await app.RunAsync();

internal sealed record Greeting(string Message, int Value);

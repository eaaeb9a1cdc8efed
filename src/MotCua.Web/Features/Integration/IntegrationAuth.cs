using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Integration;

/// <summary>
/// Authenticates a call of the integration API: X-Api-Key names the client, X-Timestamp (Unix seconds) must be within the
/// window, and X-Signature is the hex HMAC-SHA256, with the client's secret, of "timestamp.METHOD\npath?query\nbody"
/// (docs/integration-api.md). A signature is accepted once; a replay within the window is refused.
/// </summary>
public sealed class IntegrationAuth(IOptions<IntegrationOptions> options, MotCuaDb db, WriteGate gate, TimeProvider clock, Problems problems,
    ILogger<IntegrationAuth> log) : IEndpointFilter
{
    public const string ClientItem = "integration-client";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var clientId = request.Headers["X-Api-Key"].ToString();
        var timestamp = request.Headers["X-Timestamp"].ToString();
        var signature = request.Headers["X-Signature"].ToString().Trim().ToLowerInvariant();
        if (!options.Value.Clients.TryGetValue(clientId, out var client) || string.IsNullOrEmpty(client.Secret))
        {
            return problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.IntegrationUnknownClient);
        }
        var now = clock.GetUtcNow();
        if (!Signatures.IsFresh(timestamp, now, options.Value.MaxSkewSeconds))
        {
            return problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.IntegrationStaleTimestamp);
        }
        // The body was buffered before model binding read it (IntegrationEndpoints.UseIntegrationBodies): read it again.
        request.Body.Position = 0;
        var body = await new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true).ReadToEndAsync(http.RequestAborted);
        request.Body.Position = 0;
        var expected = Signatures.Request(client.Secret, timestamp, request.Method, request.Path + request.QueryString, body);
        if (!Signatures.Matches(expected, signature))
        {
            return problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.WebhookSignatureInvalid);
        }
        if (!await RememberAsync(clientId, signature, now, http.RequestAborted))
        {
            log.LogWarning("Integration call of {Client} replayed (signature {Signature})", clientId, signature);
            return problems.Rule(StatusCodes.Status401Unauthorized, ErrorCodes.IntegrationReplayed);
        }
        http.Items[ClientItem] = clientId;
        return await next(context);
    }

    private async Task<bool> RememberAsync(string clientId, string signature, DateTimeOffset now, CancellationToken ct)
    {
        var window = now.AddSeconds(-2 * options.Value.MaxSkewSeconds);
        using (await gate.EnterAsync(ct))
        {
            // Signatures older than the window can no longer be replayed (their timestamp is refused): forget them.
            await db.Set<IntegrationCall>().Where(c => c.At < window).ExecuteDeleteAsync(ct);
            var call = new IntegrationCall { ClientId = clientId, Signature = signature, At = now };
            db.Add(call);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                return false;
            }
            finally
            {
                db.Entry(call).State = EntityState.Detached;
            }
        }
    }
}

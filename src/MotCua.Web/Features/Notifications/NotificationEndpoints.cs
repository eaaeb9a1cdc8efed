using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Notifications;

/// <summary>The outbox for administrators over HTTP: list what is stuck, send it again, count deliveries.</summary>
public static class NotificationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/messages", List).RequireAuthorization(p => p.RequireRole(StaffRoles.Administrator));
        group.MapPost("/messages/{id:long}/resend", Resend).RequireAuthorization(p => p.RequireRole(StaffRoles.Administrator));
        group.MapGet("/statistics", Statistics).RequireAuthorization(p => p.RequireRole(StaffRoles.Administrator, StaffRoles.CenterSupervisor));
    }

    private static async Task<Ok<List<NotificationAdmin.MessageRow>>> List(NotificationAdmin admin, MessageFilter? status, string? topic,
        string? code, long? before, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(status ?? MessageFilter.Attention, topic, code, before, ct));

    private static async Task<Results<Ok<ResendAnswer>, ProblemHttpResult>> Resend(long id, NotificationAdmin admin, Problems problems, CancellationToken ct) =>
        await admin.ResendAsync(id, ct) switch
        {
            NotificationAdmin.ResendResult.Queued => TypedResults.Ok(new ResendAnswer(id, "Pending")),
            NotificationAdmin.ResendResult.NotFound => problems.NotFound(),
            NotificationAdmin.ResendResult.AlreadyDelivered => problems.Conflict(NotificationErrors.AlreadyDelivered),
        };

    private static async Task<Ok<List<DeliveryLogQueries.Count>>> Statistics(DeliveryLogQueries queries, TimeProvider clock,
        DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        var end = to ?? clock.GetUtcNow();
        return TypedResults.Ok(await queries.CountsAsync(from ?? end.AddDays(-30), end, ct));
    }

    public sealed record ResendAnswer(long Id, string Status);
}

public static class NotificationErrors
{
    public const string AlreadyDelivered = "notification-already-delivered";
}

using Microsoft.AspNetCore.Http;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Messaging;

/// <summary>The Zalo OA API's message/cs endpoint, answering as Zalo does: {"error":0,"message":"Success"}.</summary>
public static class FakeZaloOaApi
{
    public static FakeGateway Start()
    {
        var fake = new FakeGateway("/v3.0/oa/message/cs");
        fake.Respond = (_, _) => Results.Json(new { error = 0, message = "Success", data = new { message_id = Guid.NewGuid().ToString("N") } });
        return fake;
    }
}

using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Messaging;

/// <summary>The app with both bot channels configured, replying to Zalo through a fake OA API on loopback.</summary>
public abstract class MessagingApp(DatabaseProvider provider) : MotCuaApp(provider)
{
    public const string ZaloAppId = "3849201749382";
    public const string ZaloSecret = "oa-secret-for-tests";
    public const string ZaloToken = "oa-access-token-for-tests";
    public const string SmsSecret = "sms-gateway-secret-for-tests";
    public const int PerSenderPerMinute = 4;

    public FakeGateway Zalo { get; } = FakeZaloOaApi.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Messaging:Zalo:AppId", ZaloAppId);
        builder.UseSetting("Messaging:Zalo:OaSecretKey", ZaloSecret);
        builder.UseSetting("Messaging:Zalo:AccessToken", ZaloToken);
        builder.UseSetting("Messaging:Zalo:ApiBaseUrl", Zalo.Url);
        builder.UseSetting("Messaging:Sms:Secret", SmsSecret);
        builder.UseSetting("Messaging:PerSenderPerMinute", PerSenderPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Zalo.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

public sealed class SqliteMessagingApp() : MessagingApp(DatabaseProvider.Sqlite);

public sealed class PostgresMessagingApp() : MessagingApp(DatabaseProvider.Postgres);

using Microsoft.AspNetCore.Hosting;
using MotCua.Web.Data;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Payments;

/// <summary>
/// The application with a VNPay merchant configured. The tests play the gateway themselves: they sign notifications with
/// their own HMAC code (<see cref="TestGateway"/>), so a mistake in the application's signer cannot hide in both.
/// </summary>
public abstract class PaymentsApp(DatabaseProvider provider) : MotCuaApp(provider)
{
    public const string TmnCode = "TESTMC01";
    public const string Secret = "ZQ4C7N2KX1VPB8H3TJ6MWE9RDYLAF5SG";
    public const string GatewayPayUrl = "https://sandbox.vnpayment.test/paymentv2/vpcpay.html";
    public const string ReturnUrl = "https://motcua.test/thanh-toan/ket-qua";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:VnPay:TmnCode", TmnCode);
        builder.UseSetting("Payments:VnPay:HashSecret", Secret);
        builder.UseSetting("Payments:VnPay:PayUrl", GatewayPayUrl);
        builder.UseSetting("Payments:VnPay:ReturnUrl", ReturnUrl);
        builder.UseSetting("Payments:VnPay:Simulator", "false");
    }
}

public sealed class PaymentsSqliteApp() : PaymentsApp(DatabaseProvider.Sqlite);

public sealed class PaymentsPostgresApp() : PaymentsApp(DatabaseProvider.Postgres);

/// <summary>No merchant configured: online payment must be off.</summary>
public sealed class NoMerchantApp() : MotCuaApp(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:VnPay:TmnCode", "");
        builder.UseSetting("Payments:VnPay:HashSecret", "");
        builder.UseSetting("Payments:VnPay:Simulator", "false");
    }
}

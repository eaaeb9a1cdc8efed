using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.Payments;

public static class PaymentsSetup
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<VnPayOptions>(config.GetSection(VnPayOptions.Section));
        services.AddScoped<VnPayGateway>();
        services.AddScoped<VnPayIpn>();
        services.AddScoped<PaymentCommands>();
        services.AddScoped<PaymentProblems>();
        return services;
    }

    /// <summary>
    /// The pages' form posts, and in Development the gateway simulator when Payments:VnPay:Simulator is on. Says at
    /// start-up whether online payment is on: without a merchant it is off and citizens pay at the counter.
    /// </summary>
    public static void MapPaymentPages(this WebApplication app)
    {
        app.MapPaymentForms();
        var options = app.Services.GetRequiredService<IOptions<VnPayOptions>>().Value;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MotCua.Payments");
        if (!options.HasMerchant)
        {
            log.LogWarning("Online payment is off: Payments:VnPay:TmnCode and HashSecret are not configured; fees are paid at the counter.");
            return;
        }
        if (options.Simulator)
        {
            if (!app.Environment.IsDevelopment())
            {
                log.LogError("Payments:VnPay:Simulator is ignored outside Development: configure the real gateway's PayUrl.");
                return;
            }
            app.MapVnPaySimulator(new VnPaySimulator.Merchant(options.TmnCode!, options.HashSecret!));
            log.LogWarning("Online payment goes to the VNPay SIMULATOR at {Path} (Development only; no money moves).",
                string.IsNullOrWhiteSpace(options.PayUrl) ? VnPaySimulator.PayPath : options.PayUrl);
            return;
        }
        if (string.IsNullOrWhiteSpace(options.PayUrl))
        {
            log.LogWarning("Online payment is off: Payments:VnPay:PayUrl is not configured.");
            return;
        }
        log.LogInformation("Online payment through VNPay at {PayUrl} for merchant {TmnCode}.", options.PayUrl, options.TmnCode);
    }
}

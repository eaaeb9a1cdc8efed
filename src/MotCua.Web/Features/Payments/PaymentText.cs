namespace MotCua.Web.Features.Payments;

/// <summary>The strings the payment feature shares between its pages and its API (PaymentText.strings.json).</summary>
public sealed class PaymentText;

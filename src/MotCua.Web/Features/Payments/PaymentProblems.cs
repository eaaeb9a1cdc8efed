using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace MotCua.Web.Features.Payments;

/// <summary>Problem details for the payment API in the shape of Infrastructure.Problems, titled from PaymentText.</summary>
public sealed class PaymentProblems(IStringLocalizer<PaymentText> text)
{
    public ProblemHttpResult Rule(int status, string code, IDictionary<string, string[]>? errors = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (errors is not null)
        {
            extensions["errors"] = errors;
        }
        return TypedResults.Problem(statusCode: status, title: text["error." + code], type: $"https://motcua.vn/problems/{code}", extensions: extensions);
    }

    public string Title(string code) => text["error." + code];
}

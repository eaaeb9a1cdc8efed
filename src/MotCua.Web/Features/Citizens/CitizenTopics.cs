namespace MotCua.Web.Features.Citizens;

/// <summary>Outbox topics of citizen accounts; the notification dispatcher routes on them.</summary>
public static class CitizenTopics
{
    /// <summary>
    /// A password-reset link to e-mail. Payload: <c>{ recipient, language, fullName, link, expiresAt }</c>; no dossier.
    /// </summary>
    public const string PasswordReset = "citizen.password-reset";

    /// <summary>
    /// A one-time code to reset the password of an account registered with a phone number only, by SMS. Payload:
    /// <c>{ phone, language, fullName, resetCode, minutes }</c>; no dossier.
    /// </summary>
    public const string PasswordResetCode = "citizen.password-reset-code";
}

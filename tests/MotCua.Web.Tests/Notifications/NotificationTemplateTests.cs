using MotCua.Web.Features.Notifications.Channels;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Notifications.Templates;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Tests.Notifications;

/// <summary>The templates as data: complete in both languages, only known placeholders, values encoded in HTML.</summary>
public sealed class NotificationTemplateTests
{
    private static readonly NotificationTemplates Templates = new();

    /// <summary>The values MessageFacts fills in, plus the payload fields the other features' topics carry.</summary>
    private static readonly HashSet<string> Known =
    [
        "code", "procedure", "dueDate", "lookupLink", "items", "reasons", "reason", "event", "codeSuffix", "details",
        "amount", "transaction", "feedbackCode", "answer", "link", "staffLink", "stepName", "agency", "resetCode", "minutes",
    ];

    public static TheoryData<string> ApplicantTopics() =>
    [
        OutboxTopics.DossierReceived, OutboxTopics.SupplementRequired, OutboxTopics.Apology, OutboxTopics.ResultReady,
        OutboxTopics.EarlyResult, OutboxTopics.Returned, OutboxTopics.Refused, OutboxTopics.Stopped, OutboxTopics.Withdrawn,
        "payment.confirmed", "feedback.answered", "citizen.password-reset",
    ];

    [Theory]
    [MemberData(nameof(ApplicantTopics))]
    public void Every_applicant_topic_has_a_subject_text_and_html_in_Vietnamese_and_English(string topic)
    {
        foreach (var language in NotificationTemplates.Languages)
        {
            var t = Templates.For(language)[topic];
            Assert.False(string.IsNullOrWhiteSpace(t.Subject), $"{language} {topic} subject");
            Assert.False(string.IsNullOrWhiteSpace(t.Text), $"{language} {topic} text");
            Assert.False(string.IsNullOrWhiteSpace(t.Html), $"{language} {topic} html");
        }
    }

    [Fact]
    public void Both_languages_have_the_same_templates_and_only_known_placeholders()
    {
        Assert.Equal(Templates.For("vi").Keys.Order(), Templates.For("en").Keys.Order());
        foreach (var language in NotificationTemplates.Languages)
        {
            foreach (var (topic, template) in Templates.For(language))
            {
                var unknown = NotificationTemplates.Placeholders(template).Where(p => !Known.Contains(p)).ToList();
                Assert.True(unknown.Count == 0, $"{language} {topic}: unknown placeholders {string.Join(", ", unknown)}");
            }
        }
    }

    [Fact]
    public void A_value_is_text_in_the_text_part_and_encoded_in_the_html_part()
    {
        var facts = Facts(OutboxTopics.Apology, new() { ["code"] = "X-1", ["reason"] = "Chờ <xác minh> & đối chiếu", ["dueDate"] = "17:00 ngày 20/03/2026" });

        var message = Templates.Render("vi", facts);

        Assert.Equal("Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ X-1", message.Subject);
        Assert.Contains("Lý do: Chờ <xác minh> & đối chiếu", message.Text, StringComparison.Ordinal);
        Assert.Contains("Lý do: Chờ &lt;xác minh&gt; &amp; đối chiếu", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_topic_is_rendered_from_its_payload_without_the_recipients_contact_data()
    {
        var payload = MessageFacts.Flatten("""{"reference":"X-2","extra":{"email":"a@b.vn","phone":"0912345678","queue":"B-17"}}""");
        payload["event"] = "queue.called";
        payload["details"] = MessageFacts.Details(payload);

        var message = Templates.Render("en", Facts("queue.called", payload));

        Assert.Contains("queue.called", message.Text, StringComparison.Ordinal);
        Assert.Contains("B-17", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("a@b.vn", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_is_flattened_with_its_lists_one_per_line()
    {
        var values = MessageFacts.Flatten("""{"reference":"X-3","status":"Accepted","extra":{"items":["Tờ khai","CCCD"],"amount":150000}}""");

        Assert.Equal("X-3", values["reference"]);
        Assert.Equal("- Tờ khai\n- CCCD", values["items"]);
        Assert.Equal("150000", values["amount"]);
    }

    private static NotificationFacts Facts(string topic, Dictionary<string, string> values) =>
        new(1, topic, DateTimeOffset.UnixEpoch, values.GetValueOrDefault("code"), null, null, null, values);
}

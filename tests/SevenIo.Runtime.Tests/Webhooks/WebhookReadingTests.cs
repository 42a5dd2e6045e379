using System;
using System.Linq;
using System.Text;
using SevenIo.Testing.Webhooks;
using SevenIo.Tests.Shared;
using Xunit;

namespace SevenIo.Runtime.Tests.Webhooks;

/// <summary>
/// Every event of the reference, delivered every way (JSON; form and GET query, nested and flat),
/// reads into the same typed event; and every way a delivery can be broken is a
/// <see cref="WebhookFormatException"/> that says what is wrong and holds none of the body.
/// </summary>
public sealed class WebhookReadingTests
{
    private const string Endpoint = "https://acme.inc/webhooks/seven";

    public static TheoryData<string, DeliveryMethod> Deliveries => WebhookExpectations.Matrix();

    [Theory]
    [MemberData(nameof(Deliveries))]
    public void The_delivery_reads_into_its_typed_event(string fixture, DeliveryMethod method)
    {
        var (eventName, timestamp, data) = WebhookFixtures.All[fixture];
        var delivery = DeliverySimulator.Build(eventName, timestamp, data, method, Endpoint);

        var webhookEvent = SevenWebhooks.Read(new WebhookRequest(delivery.Method, delivery.Url, delivery.ContentType, delivery.Body, null, null, null));

        Assert.Equal(new WebhookEventType(eventName), webhookEvent.EventType);
        Assert.Equal(timestamp, webhookEvent.Timestamp);
        WebhookExpectations.Checks[fixture](webhookEvent);
    }

    [Fact]
    public void Every_event_of_the_spec_has_a_fixture()
    {
        var described = typeof(WebhookEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(WebhookEvent)) && t != typeof(UnknownWebhookEvent) && t != typeof(RcsDlrEvent));
        var covered = WebhookExpectations.Checks.Keys.Select(k => WebhookFixtures.All[k].Event).ToHashSet();

        Assert.All(described, t => Assert.Contains((string)t.GetField("EventName")!.GetValue(null)!, covered));
    }

    [Theory]
    [InlineData("application/json", "[1,2]", "is not a JSON object")]
    [InlineData("application/json", "{\"webhook_event\":\"sms_mo\",\"data\":{\"id\":", "JSON is malformed")]
    [InlineData("application/json", "{\"data\":{\"id\":\"1\"}}", "has no 'webhook_event'")]
    [InlineData("application/json", "{\"webhook_event\":\"\",\"data\":{}}", "has no 'webhook_event'")]
    [InlineData("application/json", "{\"webhook_event\":\"sms_mo\",\"data\":{\"time\":\"soon\"}}", "'sms_mo' delivery does not fit its model")]
    [InlineData("application/json", "{\"webhook_event\":\"rcs\",\"data\":{\"location\":[1]}}", "'rcs' delivery does not fit its model")]
    [InlineData("application/x-www-form-urlencoded", "webhook_event=dlr&data=1&data[msg_id]=2", "given both as a value and with members")]
    [InlineData("application/x-www-form-urlencoded", "webhook_event=dlr&data[msg_id]=1&data[msg_id][x]=2", "given both as a value and with members")]
    [InlineData("application/x-www-form-urlencoded", "webhook_event=dlr&data[soon%0Aforged]=1&data[soon%0Aforged][x]=2", "given both as a value and with members")]
    [InlineData("application/x-www-form-urlencoded", "data[msg_id]=1", "has no 'webhook_event'")]
    [InlineData(null, "", "neither a body nor a query string")]
    public void A_broken_delivery_says_what_is_wrong(string? contentType, string body, string problem)
    {
        var request = new WebhookRequest("POST", Endpoint, contentType, Encoding.UTF8.GetBytes(body), null, null, null);

        var e = Assert.Throws<WebhookFormatException>(() => SevenWebhooks.Read(request));

        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("soon", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_that_is_not_utf8_is_refused()
    {
        var request = new WebhookRequest("POST", Endpoint, "application/x-www-form-urlencoded", new byte[] { (byte)'a', (byte)'=', 0xFF, 0xFE }, null, null, null);

        Assert.Contains("not UTF-8", Assert.Throws<WebhookFormatException>(() => SevenWebhooks.Read(request)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forms_with_too_many_fields_or_levels_are_refused_before_they_are_built()
    {
        var wide = "webhook_event=x&" + string.Join("&", Enumerable.Range(0, 1001).Select(i => $"f{i}=1"));
        var deep = "webhook_event=x&data" + string.Concat(Enumerable.Repeat("[a]", 17)) + "=1";

        Assert.Contains("more than 1000 form fields", Read(wide).Message, StringComparison.Ordinal);
        Assert.Contains("more than 16 levels", Read(deep).Message, StringComparison.Ordinal);

        static WebhookFormatException Read(string form) =>
            Assert.Throws<WebhookFormatException>(() => SevenWebhooks.Read(new WebhookRequest("POST", Endpoint, "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(form), null, null, null)));
    }

    [Theory]
    [InlineData("text/plain", "{\"webhook_event\":\"dlr\",\"data\":{\"msg_id\":\"1\"}}")]
    [InlineData(null, "\uFEFF {\"webhook_event\":\"dlr\",\"data\":{\"msg_id\":\"1\"}}")]
    [InlineData("text/plain", "webhook_event=dlr&data%5Bmsg_id%5D=1")]
    [InlineData("application/x-www-form-urlencoded; charset=UTF-8", "webhook_event=dlr&data[msg_id]=1&&data[status]")]
    public void The_body_is_read_by_its_content_when_the_content_type_does_not_say(string? contentType, string body)
    {
        var webhookEvent = SevenWebhooks.Read(new WebhookRequest("POST", Endpoint, contentType, Encoding.UTF8.GetBytes(body), null, null, null));

        Assert.Equal("1", Assert.IsType<DlrEvent>(webhookEvent).Data.MsgId);
    }

    [Fact]
    public void Each_event_class_has_its_named_event_type_and_a_switch_over_them_reads_like_the_spec()
    {
        var data = new InboundSms();

        Assert.Equal(
            [WebhookEventType.SmsMo, WebhookEventType.Dlr, WebhookEventType.VoiceStatus, WebhookEventType.Rcs, WebhookEventType.RcsDlr],
            new WebhookEvent[] { new SmsMoEvent(data), new DlrEvent(new StatusReport()), new VoiceStatusEvent(new CallStatus()), new RcsEvent(new RcsMessage()), new RcsDlrEvent(new RcsMessage()) }.Select(e => e.EventType));
        Assert.Equal("sms_mo", WebhookEventType.SmsMo.ToString());
        Assert.Equal(WebhookEventType.SmsMo, new WebhookEventType(SmsMoEvent.EventName));
    }

    [Fact]
    public void A_new_event_type_is_delivered_as_unknown_with_its_data_never_refused()
    {
        var webhookEvent = SevenWebhooks.Read(new WebhookRequest("GET", Endpoint + "?webhook_event=rcs_mo&webhook_timestamp=x&data[a][b]=1&data[list][]=p&data[list][]=q", null, ReadOnlyMemory<byte>.Empty, null, null, null));

        var unknown = Assert.IsType<UnknownWebhookEvent>(webhookEvent);
        Assert.Equal((new WebhookEventType("rcs_mo"), "x", (DateTimeOffset?)null), (unknown.EventType, unknown.Timestamp, unknown.Time));
        Assert.Equal("""{"a":{"b":"1"},"list":["p","q"]}""", unknown.Data.GetRawText());
    }
}

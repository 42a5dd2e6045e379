using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using SevenIo.Testing.Webhooks;
using Xunit;

namespace SevenIo.Webhooks.Tests;

/// <summary>
/// A user's own source-generated <see cref="JsonSerializerContext"/> over the generated types, in a
/// project that references the one where they are generated (source generators do not see each
/// other's output, so it cannot sit beside them): every delivery the reference shows is written and
/// read back through it with every value kept, and writes what reflection-based JSON writes.
/// </summary>
public sealed partial class UserJsonContextTests
{
    private const string Endpoint = "https://receiver.example/webhooks/seven";

    public static TheoryData<string> Fixtures => new(WebhookFixtures.All.Keys);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_received_event_round_trips_through_a_source_generated_context(string fixture)
    {
        var (eventName, timestamp, data) = WebhookFixtures.All[fixture];
        var delivery = DeliverySimulator.Build(eventName, timestamp, data, DeliveryMethod.Json, Endpoint);
        var received = SevenWebhooks.Read(new WebhookRequest(delivery.Method, delivery.Url, delivery.ContentType, delivery.Body, null, null, null));

        var written = JsonSerializer.Serialize(received, UserContext.Default.WebhookEvent);
        var read = JsonSerializer.Deserialize(written, UserContext.Default.WebhookEvent)!;

        Assert.Equal(received.GetType(), read.GetType());
        Assert.Equal((received.EventType, received.Timestamp, received.Time), (read.EventType, read.Timestamp, read.Time));
        Assert.Equal(written, JsonSerializer.Serialize(read, UserContext.Default.WebhookEvent));
        Assert.Equal(JsonSerializer.Serialize<WebhookEvent>(received, ReflectionOptions), written);
    }

    [Fact]
    public void An_enum_is_written_as_its_wire_string_through_the_context()
    {
        var json = JsonSerializer.Serialize(new SmsMoEvent(new InboundSms { Id = "1", Time = DateTimeOffset.FromUnixTimeSeconds(1605878104) }), UserContext.Default.WebhookEvent);

        Assert.Contains("\"webhook_event\":\"sms_mo\"", json, StringComparison.Ordinal);
        Assert.StartsWith("{\"$type\":\"SmsMoEvent\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dispatch_result_keeps_its_codes_and_messages_through_the_context_and_not_its_derived_members()
    {
        var result = new DispatchResult
        {
            ReturnCode = GatewayCode.PartlyAccepted,
            TotalPrice = 0.075m,
            Messages = [new DispatchMessage { Id = "77252877851", Success = true, Encoding = MessageEncoding.Gsm }, new DispatchMessage { Recipient = "1", Success = false, Error = GatewayCode.InvalidRecipient }],
        };

        var json = JsonSerializer.Serialize(result, UserContext.Default.DispatchResult);
        var read = JsonSerializer.Deserialize(json, UserContext.Default.DispatchResult)!;

        Assert.Contains("\"success\":\"101\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Refused", json, StringComparison.Ordinal);
        Assert.Equal((GatewayCode.PartlyAccepted, 0.075m, 2, (MessageEncoding?)MessageEncoding.Gsm), (read.ReturnCode, read.TotalPrice, read.Messages.Count, read.Messages[0].Encoding));
        Assert.Equal((GatewayCode?)GatewayCode.InvalidRecipient, Assert.Single(read.Refused).Error);
    }

    private static readonly JsonSerializerOptions ReflectionOptions = new();

    [JsonSerializable(typeof(WebhookEvent))]
    [JsonSerializable(typeof(DispatchResult))]
    private sealed partial class UserContext : JsonSerializerContext;
}

using System;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using SevenIo.Testing.Webhooks;
using SevenIo.Tests.Shared;
using Xunit;

namespace SevenIo.Webhooks.Tests;

/// <summary>
/// The simulator's full matrix against the sample receiver on Kestrel: every event and shape of the
/// reference, delivered as JSON, as a form and as a GET query (data nested and flat), signed as the
/// gateway signs, is answered 200 and queued as its typed event.
/// </summary>
public sealed class DeliveryMatrixTests : IAsyncLifetime
{
    private Receiver _receiver = null!;

    public static TheoryData<string, DeliveryMethod> Deliveries => WebhookExpectations.Matrix();

    public async Task InitializeAsync() => _receiver = await Receiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task The_delivery_is_accepted_and_queued_as_its_typed_event(string fixture, DeliveryMethod method)
    {
        var (eventName, timestamp, data) = WebhookFixtures.All[fixture];
        var delivery = DeliverySimulator.Build(eventName, timestamp, data, method, _receiver.Endpoint);

        using var response = await _receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var webhookEvent = await _receiver.NextEventAsync();
        Assert.Equal((eventName, timestamp), (webhookEvent.EventType, webhookEvent.Timestamp));
        WebhookExpectations.Checks[fixture](webhookEvent);
    }

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task The_typed_event_survives_JsonSerializer_so_it_can_be_queued_or_logged(string fixture, DeliveryMethod method)
    {
        var (eventName, timestamp, data) = WebhookFixtures.All[fixture];
        var delivery = DeliverySimulator.Build(eventName, timestamp, data, method, _receiver.Endpoint);
        using var response = await _receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, DateTimeOffset.UtcNow));
        var webhookEvent = await _receiver.NextEventAsync();

        var written = JsonSerializer.Serialize(webhookEvent);
        var read = JsonSerializer.Deserialize<WebhookEvent>(written)!;

        Assert.StartsWith("{\"$type\":\"" + webhookEvent.GetType().Name + "\",\"data\":", written, StringComparison.Ordinal);
        Assert.Equal(written, JsonSerializer.Serialize(read));
        Assert.Equal((webhookEvent.GetType(), eventName, timestamp, webhookEvent.Time), (read.GetType(), read.EventType, read.Timestamp, read.Time));
        WebhookExpectations.Checks[fixture](read);
    }
}

using System;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// What the client read survives plain <c>JsonSerializer</c> (reflection-based, default options):
/// written under the gateway's member names, enums as their wire strings, and read back to the same
/// values, for the recorded answer of every operation; so a result can be cached, queued, logged
/// or returned from an endpoint without losing anything.
/// </summary>
public sealed class JsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(GatewayOperationTests.Operations), MemberType = typeof(GatewayOperationTests))]
    public async Task Every_recorded_answer_round_trips_through_JsonSerializer(string operation)
    {
        var wire = GatewayOperationTests.Case(operation);
        await using var server = await Gateway.AnswerAsync(200, "application/json", wire.Answer);
        var result = await wire.Call(Gateway.Client(server.BaseAddress));

        var written = JsonSerializer.Serialize(result, result.GetType());
        var read = JsonSerializer.Deserialize(written, result.GetType())!;

        Assert.Equal(written, JsonSerializer.Serialize(read, result.GetType()));
        wire.Check(read);
    }

    [Fact]
    public void A_hook_is_written_under_its_wire_names_with_enums_as_their_wire_strings()
    {
        var hook = new Hook { Id = 7, TargetUrl = "https://acme.inc/hook", EventType = HookEventType.SmsMo, RequestMethod = new HookRequestMethod("PUT_LATER"), Created = new DateTime(2025, 1, 2, 3, 4, 5) };

        var json = JsonSerializer.Serialize(hook);
        var back = JsonSerializer.Deserialize<Hook>(json)!;

        Assert.Contains("\"target_url\":\"https://acme.inc/hook\"", json, StringComparison.Ordinal);
        Assert.Contains("\"event_type\":\"sms_mo\"", json, StringComparison.Ordinal);
        Assert.Contains("\"request_method\":\"PUT_LATER\"", json, StringComparison.Ordinal);
        Assert.Equal((7L, HookEventType.SmsMo, "PUT_LATER", hook.Created), (back.Id, back.EventType, back.RequestMethod.ToString(), back.Created));
    }

    [Fact]
    public void An_enum_left_at_its_default_is_written_as_null_and_read_back_as_the_default()
    {
        var json = JsonSerializer.Serialize(new Hook());

        Assert.Contains("\"event_type\":null", json, StringComparison.Ordinal);
        Assert.Equal(default, JsonSerializer.Deserialize<Hook>(json)!.EventType);
    }
}

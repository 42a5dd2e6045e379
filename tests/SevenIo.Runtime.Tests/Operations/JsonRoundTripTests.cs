using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SevenIo.GatewayEmulator;
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

    /// <summary>
    /// Every answer the emulator sends in the scenarios (caught on the way, with the operation that
    /// asked for it) is read by that operation's reader and round-trips: the emulator's own shapes,
    /// beside the recorded ones above.
    /// </summary>
    [Theory]
    [MemberData(nameof(EmulatedGatewayTests.Parts), MemberType = typeof(EmulatedGatewayTests))]
    public async Task Every_answer_of_the_emulator_round_trips_through_JsonSerializer(string part)
    {
        var answers = new List<(string Operation, string Body)>();
        using var listener = ListenToClientActivities();
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        await EmulatedGatewayTests.RunAsync(part, Gateway.Client(emulator.BaseAddress, new HttpClient(new AnswerRecorder(answers) { InnerHandler = new HttpClientHandler() })));

        var read = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (operation, body) in answers)
        {
            await using var server = await Gateway.AnswerAsync(200, "application/json", body);
            object result;
            try
            {
                result = await GatewayOperationTests.Case(operation).Call(Gateway.Client(server.BaseAddress));
            }
            catch (SevenApiException)
            {
                continue; // a refusal the scenario asks for: nothing to round-trip
            }

            var written = JsonSerializer.Serialize(result, result.GetType());
            Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize(written, result.GetType()), result.GetType()));
            read.Add(operation);
        }

        // Each operation of the scenario had at least one of its answers read and round-tripped.
        Assert.Equal(EmulatedGatewayTests.Covers(part).Order(StringComparer.Ordinal), read);
    }

    private static ActivityListener ListenToClientActivities()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == typeof(SevenClient).FullName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    /// <summary>Keeps each successful answer with the operation whose activity is current.</summary>
    private sealed class AnswerRecorder(List<(string Operation, string Body)> answers) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var operation = Activity.Current;
            while (operation is not null && operation.Source.Name != typeof(SevenClient).FullName)
            {
                operation = operation.Parent;
            }

            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode && operation is not null)
            {
                lock (answers)
                {
                    answers.Add((operation.OperationName, body));
                }
            }

            return response;
        }
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

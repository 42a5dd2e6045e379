using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using SevenIo.Runtime.Tests.Operations;
using Xunit;

namespace SevenIo.Webhooks.Tests;

/// <summary>
/// What the client read from the recorded answer of every operation (the runtime tests' wire cases,
/// compiled here against the sample's generated client) through a user's own source-generated
/// <see cref="JsonSerializerContext"/>: written under the wire names, read back with every value the
/// operation's checks look at, and written exactly as reflection-based JSON writes it. It lives in
/// this project because a context only sees generated types from a referenced assembly.
/// </summary>
public sealed partial class UserJsonContextAnswerTests
{
    private static readonly Dictionary<string, WireCase> Cases = WireCases.All();

    public static TheoryData<string> Operations => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_operation_is_here()
    {
        Assert.Equal(52, Cases.Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_recorded_answer_round_trips_through_a_source_generated_context(string operation)
    {
        var wire = Cases[operation];
        using var httpClient = new HttpClient(new AnsweringHandler(wire.Answer));
        var client = new SevenClient(httpClient, new SevenClientOptions { ApiKey = "user-context-test" });
        var result = await wire.Call(client);

        var typeInfo = TypeInfoFor(result.GetType());
        var written = JsonSerializer.Serialize(result, typeInfo);
        var read = JsonSerializer.Deserialize(written, typeInfo)!;

        Assert.Equal(written, JsonSerializer.Serialize(read, typeInfo));
        Assert.Equal(JsonSerializer.Serialize(result, result.GetType(), ReflectionOptions), written);
        wire.Check(read);
    }

    /// <summary>The context's metadata for a result: its own type, or the <c>IReadOnlyList&lt;T&gt;</c> an operation declares.</summary>
    private static JsonTypeInfo TypeInfoFor(Type type)
    {
        var declared = type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
        var typeInfo = new[] { type }.Concat(declared).Select(AnswersContext.Default.GetTypeInfo).FirstOrDefault(info => info is not null);
        Assert.True(typeInfo is not null, $"{type} is not in the context: add [JsonSerializable(typeof(...))] for the operation's result.");
        return typeInfo!;
    }

    private static readonly JsonSerializerOptions ReflectionOptions = new();

    private sealed class AnsweringHandler(string answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json"), RequestMessage = request });
    }

    [JsonSerializable(typeof(ActiveNumber))]
    [JsonSerializable(typeof(Balance))]
    [JsonSerializable(typeof(Contact))]
    [JsonSerializable(typeof(ContactPage))]
    [JsonSerializable(typeof(DispatchResult))]
    [JsonSerializable(typeof(Group))]
    [JsonSerializable(typeof(GroupPage))]
    [JsonSerializable(typeof(HookResult))]
    [JsonSerializable(typeof(OperationResult))]
    [JsonSerializable(typeof(PriceList))]
    [JsonSerializable(typeof(SmsDeletion))]
    [JsonSerializable(typeof(SubaccountCreation))]
    [JsonSerializable(typeof(VoiceValidation))]
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(IReadOnlyList<ActiveNumber>))]
    [JsonSerializable(typeof(IReadOnlyList<AnalyticsEntry>))]
    [JsonSerializable(typeof(IReadOnlyList<AvailableNumber>))]
    [JsonSerializable(typeof(IReadOnlyList<CallerName>))]
    [JsonSerializable(typeof(IReadOnlyList<HomeLocation>))]
    [JsonSerializable(typeof(IReadOnlyList<Hook>))]
    [JsonSerializable(typeof(IReadOnlyList<InboundJournalEntry>))]
    [JsonSerializable(typeof(IReadOnlyList<MessageStatus>))]
    [JsonSerializable(typeof(IReadOnlyList<NumberFormat>))]
    [JsonSerializable(typeof(IReadOnlyList<OutboundJournalEntry>))]
    [JsonSerializable(typeof(IReadOnlyList<PortabilityLookup>))]
    [JsonSerializable(typeof(IReadOnlyList<RcsCapabilities>))]
    [JsonSerializable(typeof(IReadOnlyList<ReplyJournalEntry>))]
    [JsonSerializable(typeof(IReadOnlyList<Subaccount>))]
    [JsonSerializable(typeof(IReadOnlyList<VoiceJournalEntry>))]
    private sealed partial class AnswersContext : JsonSerializerContext;
}

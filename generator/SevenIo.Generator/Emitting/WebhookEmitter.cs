using System.Linq;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// The webhook events: the abstract event class, one sealed class per event, the class for events
/// the spec does not describe, and the static class that reads a delivery into one of them.
/// </summary>
internal static class WebhookEmitter
{

    public static void EmitBase(SourceWriter writer, WebhooksModel webhooks, CodeStyle style, Conventions conventions)
    {
        var nullableString = style.NullableAnnotations ? "string?" : "string";
        var eventType = Qualified(webhooks, webhooks.EventTypeEnum);
        writer.Doc("summary", $"A webhook delivery from the {conventions.Service}, read into its event: test for the event class (<see cref=\"{Qualified(webhooks, webhooks.UnknownClass)}\"/> for a <c>webhook_event</c> the spec does not describe).");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Line(CSharp.JsonPolymorphic);
        foreach (var derived in webhooks.Events.Select(e => e.ClassName).Append(webhooks.UnknownClass))
        {
            writer.Line(CSharp.JsonDerivedType(webhooks.Namespace, derived));
        }

        writer.OpenBlock($"public abstract partial class {CSharp.Id(webhooks.BaseClass)}");
        writer.Doc("summary", "Initializes a new event.");
        writer.Doc("param", "The <c>webhook_event</c> name.", "name=\"eventType\"");
        writer.Doc("param", "The <c>webhook_timestamp</c>, as sent; may be null.", "name=\"timestamp\"");
        writer.OpenBlock($"private protected {CSharp.Id(webhooks.BaseClass)}({eventType} eventType, {nullableString} timestamp)");
        writer.Line($"{RuntimeContract.Argument}.AssertNotDefault(eventType, nameof(eventType));");
        writer.Line("EventType = eventType;");
        writer.Line("Timestamp = timestamp;");
        writer.Line($"Time = {RuntimeContract.WebhookTime}.Parse(timestamp);");
        writer.CloseBlock();
        writer.Line();
        writer.Doc("summary", $"The <c>webhook_event</c> name, as the {conventions.Service} sent it: one of the <see cref=\"{eventType}\"/> values, or a name the spec does not describe, kept as it is.");
        writer.Line(CSharp.JsonPropertyName(RuntimeContract.WebhookEventMember));
        writer.Line($"public {eventType} EventType {{ get; }}");
        writer.Line();
        writer.Doc("summary", $"The <c>webhook_timestamp</c>, as the {conventions.Service} sent it (its format varies between events); <c>null</c> when it sent none.");
        writer.Line(CSharp.JsonPropertyName(RuntimeContract.WebhookTimestampMember));
        writer.Line($"public {nullableString} Timestamp {{ get; }}");
        writer.Line();
        writer.Doc("summary", "<see cref=\"Timestamp\"/> as a point in time, when it is in a known format (a time without a zone is the gateway's, Europe/Berlin); <c>null</c> otherwise.");
        writer.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
        writer.Line("public global::System.DateTimeOffset? Time { get; }");
        writer.CloseBlock();
    }

    public static void EmitEvent(SourceWriter writer, WebhooksModel webhooks, EventModel webhookEvent, CodeStyle style, Conventions conventions)
    {
        var data = CSharp.Type(webhookEvent.Data, webhooks.Namespace);
        var nullableString = style.NullableAnnotations ? "string?" : "string";
        var summary = webhookEvent.Description is null ? $"The <c>{SourceWriter.XmlText(webhookEvent.WireName)}</c> webhook event." : SourceWriter.XmlText(webhookEvent.Description);
        writer.Doc("summary", summary + $" (<c>webhook_event</c>: <c>{SourceWriter.XmlText(webhookEvent.WireName)}</c>)");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public sealed partial class {CSharp.Id(webhookEvent.ClassName)} : {Qualified(webhooks, webhooks.BaseClass)}");
        writer.Doc("summary", "The <c>webhook_event</c> name of this event.");
        writer.Line($"public const string EventName = {SourceWriter.Literal(webhookEvent.WireName)};");
        writer.Line();
        writer.Doc("summary", "Initializes a new event, as a delivery would (in a test, for example).");
        writer.Doc("param", "The event's data.", "name=\"data\"");
        writer.Doc("param", "The <c>webhook_timestamp</c>; may be null.", "name=\"timestamp\"");
        Constructor(writer, $"public {CSharp.Id(webhookEvent.ClassName)}({data} data, {nullableString} timestamp = null)", $": base(new {Qualified(webhooks, webhooks.EventTypeEnum)}(EventName), timestamp)");
        writer.Line($"{RuntimeContract.Argument}.AssertNotNull(data, nameof(data));");
        writer.Line("Data = data;");
        writer.CloseBlock();
        writer.Line();
        writer.Doc("summary", "The event's data.");
        writer.Line(CSharp.JsonPropertyName(RuntimeContract.WebhookDataMember));
        writer.Line($"public {data} Data {{ get; }}");
        writer.CloseBlock();
    }

    public static void EmitUnknown(SourceWriter writer, WebhooksModel webhooks, CodeStyle style, Conventions conventions)
    {
        var nullableString = style.NullableAnnotations ? "string?" : "string";
        writer.Doc("summary", $"A webhook event the spec does not describe (a new event type, for example): its data as the {conventions.Service} sent it. Add the event to the spec to read it typed.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public sealed partial class {CSharp.Id(webhooks.UnknownClass)} : {Qualified(webhooks, webhooks.BaseClass)}");
        writer.Doc("summary", "Initializes a new event.");
        writer.Doc("param", "The <c>webhook_event</c> name.", "name=\"eventType\"");
        writer.Doc("param", "The data as sent.", "name=\"data\"");
        writer.Doc("param", "The <c>webhook_timestamp</c>; may be null.", "name=\"timestamp\"");
        Constructor(writer, $"public {CSharp.Id(webhooks.UnknownClass)}({Qualified(webhooks, webhooks.EventTypeEnum)} eventType, global::System.Text.Json.JsonElement data, {nullableString} timestamp = null)", ": base(eventType, timestamp)");
        writer.Line("Data = data;");
        writer.CloseBlock();
        writer.Line();
        writer.Doc("summary", $"The data as the {conventions.Service} sent it: the <c>data</c> object, or, for a delivery with its members beside <c>webhook_event</c>, the whole delivery.");
        writer.Line(CSharp.JsonPropertyName(RuntimeContract.WebhookDataMember));
        writer.Line("public global::System.Text.Json.JsonElement Data { get; }");
        writer.CloseBlock();
    }

    public static void EmitReader(SourceWriter writer, WebhooksModel webhooks, Conventions conventions)
    {
        var ns = webhooks.Namespace;
        writer.Doc("summary", $"Reads webhook deliveries from the {conventions.Service} into <see cref=\"{Qualified(webhooks, webhooks.BaseClass)}\"/> events.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public static partial class {CSharp.Id(webhooks.ReaderClass)}");
        foreach (var webhookEvent in webhooks.Events)
        {
            var data = CSharp.Type(webhookEvent.Data, ns);
            writer.Line($"private static readonly {RuntimeContract.JsonValueReader}<{data}> {webhookEvent.ReaderField} = {CSharp.Qualified(ns, webhookEvent.Data.JsonClass!)}.{JsonClassModel.ReadMethod};");
        }

        if (webhooks.Events.Count > 0)
        {
            writer.Line();
        }

        writer.Doc("summary", $"Reads a delivery into its event, whichever way it was sent: a JSON body, a form body or a GET query string, with the data nested under <c>data</c> or beside <c>webhook_event</c>. Check its signature first (<see cref=\"{RuntimeContract.WebhookVerifier}\"/>).");
        writer.Doc("param", "The delivery.", "name=\"request\"");
        writer.Doc("returns", $"The event; an <see cref=\"{Qualified(webhooks, webhooks.UnknownClass)}\"/> for a <c>webhook_event</c> the spec does not describe.");
        writer.Doc("exception", $"The delivery is not one the {conventions.Service} sends, or its data does not fit its event's model.", $"cref=\"{RuntimeContract.WebhookFormatException}\"");
        writer.OpenBlock($"public static {Qualified(webhooks, webhooks.BaseClass)} {WebhooksModel.ReadMethod}({RuntimeContract.WebhookRequest} request)");
        writer.Line($"var envelope = {RuntimeContract.WebhookEnvelope}.Read(request);");
        writer.OpenBlock("switch (envelope.EventType)");
        foreach (var webhookEvent in webhooks.Events)
        {
            writer.Line($"case {SourceWriter.Literal(webhookEvent.WireName)}:");
            writer.Indent();
            writer.Line($"return new {Qualified(webhooks, webhookEvent.ClassName)}(envelope.ReadData({webhookEvent.ReaderField}), envelope.Timestamp);");
            writer.Outdent();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line($"return new {Qualified(webhooks, webhooks.UnknownClass)}(new {Qualified(webhooks, webhooks.EventTypeEnum)}(envelope.EventType), envelope.ReadUnknownData(), envelope.Timestamp);");
        writer.Outdent();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string Qualified(WebhooksModel webhooks, string name) => CSharp.Qualified(webhooks.Namespace, name);

    /// <summary>Opens a constructor whose base call goes on its own line.</summary>
    private static void Constructor(SourceWriter writer, string header, string baseCall)
    {
        writer.Line(header);
        writer.Indent();
        writer.Line(baseCall);
        writer.Outdent();
        writer.Line("{");
        writer.Indent();
    }
}

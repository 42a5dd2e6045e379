using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// ASP.NET Core, over the companion assembly SevenIo.Webhooks.AspNetCore: <c>services.AddSevenWebhooks(...)</c>
/// and the typed <c>endpoints.MapSevenWebhooks(pattern, handler)</c> overloads. Only what depends on
/// the spec is written here (the names, the configuration section, the event type and its reader, the
/// service's wording); reading the request, verifying and answering is compiled code in the companion.
/// </summary>
internal static class AspNetCoreWebhooksEmitter
{
    private const string HttpContext = "global::Microsoft.AspNetCore.Http.HttpContext";
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string EndpointField = "Endpoint";

    public static void EmitServices(SourceWriter writer, WebhooksModel webhooks, CodeStyle style, Conventions conventions)
    {
        var model = webhooks.AspNetCore;
        var section = SourceWriter.XmlText(model.ConfigurationSection);
        var nullable = style.NullableAnnotations ? "?" : string.Empty;
        writer.Doc("summary", $"Registers what receiving the {conventions.Service}'s webhooks needs.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public static partial class {model.ServicesClass}");
        writer.Doc("summary", $"Registers the webhook options, the nonce store and the <see cref=\"{RuntimeContract.WebhookVerifier}\"/> that <c>{model.MapMethod}</c> uses.");
        writer.Doc("remarks", $"The options are read from the <c>{section}</c> configuration section ({DependencyInjectionEmitter.Keys(section, RuntimeContract.WebhookOptionKeys)}) when an <c>IConfiguration</c> is registered, then <paramref name=\"configure\"/> runs. A missing signing key fails when the host starts (unless signatures are turned off). Nonces are kept in memory unless an <see cref=\"{RuntimeContract.IWebhookNonceStore}\"/> is registered or set in the options; a registered <c>TimeProvider</c> is the clock.");
        writer.Doc("param", "The services.", "name=\"services\"");
        writer.Doc("param", "Sets options after configuration was applied; may be null.", "name=\"configure\"");
        writer.Doc("returns", "The services.");
        writer.Line($"public static global::Microsoft.Extensions.DependencyInjection.IServiceCollection {model.AddMethod}(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<{RuntimeContract.SevenWebhookOptions}>{nullable} configure = null) =>");
        writer.Indent();
        writer.Line($"{RuntimeContract.WebhookServices}.Add(services, {SourceWriter.Literal(model.ConfigurationSection)}, {SourceWriter.Literal(model.AddMethod)}, configure);");
        writer.Outdent();
        writer.CloseBlock();
    }

    public static void EmitEndpoints(SourceWriter writer, WebhooksModel webhooks, Conventions conventions)
    {
        var model = webhooks.AspNetCore;
        var baseClass = CSharp.Qualified(webhooks.Namespace, webhooks.BaseClass);
        var reader = CSharp.Qualified(webhooks.Namespace, webhooks.ReaderClass);
        var retries = conventions.WebhookRetries is null ? "false" : "true";

        writer.Doc("summary", $"Maps the endpoint the {conventions.Service} delivers webhooks to.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public static partial class {model.EndpointsClass}");
        writer.Line($"private static readonly {RuntimeContract.WebhookEndpoint}<{baseClass}> {EndpointField} = new {RuntimeContract.WebhookEndpoint}<{baseClass}>(");
        writer.Indent();
        writer.Line($"{reader}.{WebhooksModel.ReadMethod},");
        writer.Line("webhookEvent => webhookEvent.EventType.ToString(),");
        writer.Line($"{SourceWriter.Literal(model.LoggerCategory)},");
        writer.Line($"{SourceWriter.Literal(conventions.Service)},");
        writer.Line($"{retries});");
        writer.Outdent();
        writer.Line();
        MapOverload(writer, model, $"global::System.Func<{baseClass}, global::System.Threading.CancellationToken, {Task}>", "(webhookEvent, context) => handler(webhookEvent, context.RequestAborted)", $"Handles one event; the token is cancelled when the {conventions.Service} gives up on the request.", conventions);
        writer.Line();
        MapOverload(writer, model, $"global::System.Func<{baseClass}, {HttpContext}, global::System.Threading.CancellationToken, {Task}>", "(webhookEvent, context) => handler(webhookEvent, context, context.RequestAborted)", $"Handles one event, with the request's context (its <c>RequestServices</c> for scoped services); the token is cancelled when the {conventions.Service} gives up on the request.", conventions);
        writer.Line();
        MapOverload(writer, model, $"global::System.Action<{baseClass}>", $"(webhookEvent, context) => {{ handler(webhookEvent); return {Task}.CompletedTask; }}", "Handles one event, synchronously.", conventions);
        writer.CloseBlock();
    }

    private static void MapOverload(SourceWriter writer, AspNetCoreWebhooksModel model, string handlerType, string adapt, string handlerDoc, Conventions conventions)
    {
        writer.Doc("summary", $"Maps a GET and POST endpoint that receives the {conventions.Service}'s webhook deliveries: it checks the signature, reads the event and calls <paramref name=\"handler\"/>.");
        writer.Doc("remarks", $"Answers 200 when the handler completed; 401 for a missing or wrong signature, an expired timestamp or a replayed nonce; 400 for a delivery that cannot be read; 413 for a body larger than the options allow; 500 when the handler throws{(conventions.WebhookRetries is null ? string.Empty : $" (the {conventions.Service} retries {SourceWriter.XmlText(conventions.WebhookRetries)})")}. Nothing of the key, the signature or the body is logged or answered. Needs <c>services.{model.AddMethod}(...)</c>.");
        writer.Doc("param", "The endpoints.", "name=\"endpoints\"");
        writer.Doc("param", $"The route pattern, e.g. <c>{conventions.WebhookRoute}</c>; register it as the hook's target URL.", "name=\"pattern\"");
        writer.Doc("param", handlerDoc, "name=\"handler\"");
        writer.Doc("returns", "The endpoint's builder, to add conventions (<c>RequireHost</c>, rate limiting, ...).");
        writer.Line($"public static global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder {model.MapMethod}(this global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern, {handlerType} handler) =>");
        writer.Indent();
        writer.Line($"{EndpointField}.Map(endpoints, pattern, handler, {adapt});");
        writer.Outdent();
    }
}

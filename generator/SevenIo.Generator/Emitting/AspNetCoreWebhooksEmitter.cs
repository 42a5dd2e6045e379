using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// ASP.NET Core: <c>services.AddSevenWebhooks(...)</c>, which registers the options (bound from
/// configuration without reflection), the nonce store and the verifier; and
/// <c>endpoints.MapSevenWebhooks(pattern, handler)</c>, a GET and POST endpoint that checks the
/// signature, reads the event and calls the handler. Only <c>RequestDelegate</c> and hand-written
/// JSON, so it works with trimming and Native AOT.
/// </summary>
internal static class AspNetCoreWebhooksEmitter
{
    private const string ServiceProviderExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions";
    private const string HttpContext = "global::Microsoft.AspNetCore.Http.HttpContext";
    private const string Task = "global::System.Threading.Tasks.Task";

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
        writer.OpenBlock($"public static global::Microsoft.Extensions.DependencyInjection.IServiceCollection {model.AddMethod}(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<{RuntimeContract.SevenWebhookOptions}>{nullable} configure = null)");
        writer.OpenBlock("if (services == null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(services));");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.AddOptions<{RuntimeContract.SevenWebhookOptions}>(services)");
        writer.Indent();
        writer.Line($".Configure<global::System.IServiceProvider>((options, provider) => Bind(options, {ServiceProviderExtensions}.GetService<global::Microsoft.Extensions.Configuration.IConfiguration>(provider)))");
        writer.Line(".Configure(options => configure?.Invoke(options))");
        writer.Line($".Validate(options => !options.VerifySignatures || !string.IsNullOrWhiteSpace(options.SigningKey), {SourceWriter.Literal($"SevenWebhookOptions.SigningKey is not set: put the account's signing key in the '{model.ConfigurationSection}:SigningKey' configuration value or set it in {model.AddMethod}(options => ...). To accept unsigned deliveries, set VerifySignatures to false.")})");
        writer.Line(".ValidateOnStart();");
        writer.Outdent();
        writer.Line($"global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<{RuntimeContract.IWebhookNonceStore}>(services, provider => new {RuntimeContract.MemoryWebhookNonceStore}(timeProvider: {ServiceProviderExtensions}.GetService<global::System.TimeProvider>(provider)));");
        writer.Line($"global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<{RuntimeContract.WebhookVerifier}>(services, provider =>");
        writer.Line("{");
        writer.Indent();
        writer.Line($"var options = {ServiceProviderExtensions}.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{RuntimeContract.SevenWebhookOptions}>>(provider).Value;");
        writer.Line($"options.NonceStore = options.NonceStore ?? {ServiceProviderExtensions}.GetRequiredService<{RuntimeContract.IWebhookNonceStore}>(provider);");
        writer.Line($"options.TimeProvider = options.TimeProvider ?? {ServiceProviderExtensions}.GetService<global::System.TimeProvider>(provider);");
        writer.Line($"return new {RuntimeContract.WebhookVerifier}(options);");
        writer.Outdent();
        writer.Line("});");
        writer.Line("return services;");
        writer.CloseBlock();
        writer.Line();
        EmitBind(writer, model.ConfigurationSection, nullable);
        writer.CloseBlock();
    }

    private static void EmitBind(SourceWriter writer, string section, string nullable)
    {
        writer.OpenBlock($"private static void Bind({RuntimeContract.SevenWebhookOptions} options, global::Microsoft.Extensions.Configuration.IConfiguration{nullable} configuration)");
        writer.OpenBlock("if (configuration == null)");
        writer.Line("return;");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"var section = configuration.GetSection({SourceWriter.Literal(section)});");
        writer.Line($"{RuntimeContract.OptionsBinding}.Bind(options, key => section[key]);");
        writer.CloseBlock();
    }

    public static void EmitEndpoints(SourceWriter writer, WebhooksModel webhooks, CodeStyle style, Conventions conventions)
    {
        var model = webhooks.AspNetCore;
        var baseClass = CSharp.Qualified(webhooks.Namespace, webhooks.BaseClass);
        var reader = CSharp.Qualified(webhooks.Namespace, webhooks.ReaderClass);
        var forgive = CSharp.Forgive(style);
        var nullable = style.NullableAnnotations ? "?" : string.Empty;
        const string Endpoints = "global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder";
        const string Builder = "global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder";

        writer.Doc("summary", $"Maps the endpoint the {conventions.Service} delivers webhooks to.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public static partial class {model.EndpointsClass}");
        writer.Line("private static readonly string[] Methods = { \"GET\", \"POST\" };");
        writer.Line();
        MapOverload(writer, model, Endpoints, Builder, $"global::System.Func<{baseClass}, global::System.Threading.CancellationToken, {Task}>", "(webhookEvent, context) => handler(webhookEvent, context.RequestAborted)", $"Handles one event; the token is cancelled when the {conventions.Service} gives up on the request.", conventions);
        writer.Line();
        MapOverload(writer, model, Endpoints, Builder, $"global::System.Func<{baseClass}, {HttpContext}, global::System.Threading.CancellationToken, {Task}>", "(webhookEvent, context) => handler(webhookEvent, context, context.RequestAborted)", $"Handles one event, with the request's context (its <c>RequestServices</c> for scoped services); the token is cancelled when the {conventions.Service} gives up on the request.", conventions);
        writer.Line();
        MapOverload(writer, model, Endpoints, Builder, $"global::System.Action<{baseClass}>", $"(webhookEvent, context) => {{ handler(webhookEvent); return {Task}.CompletedTask; }}", "Handles one event, synchronously.", conventions);
        writer.Line();
        writer.OpenBlock($"private static {Builder} Map({Endpoints} endpoints, string pattern, object handler, global::System.Func<{baseClass}, {HttpContext}, {Task}> handle)");
        writer.OpenBlock("if (endpoints == null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(endpoints));");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (handler == null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(handler));");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return global::Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapMethods(endpoints, pattern, Methods, context => HandleAsync(context, handle));");
        writer.CloseBlock();
        writer.Line();

        writer.OpenBlock($"private static async {Task} HandleAsync({HttpContext} context, global::System.Func<{baseClass}, {HttpContext}, {Task}> handler)");
        writer.Line("var services = context.RequestServices;");
        writer.Line($"var options = {ServiceProviderExtensions}.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{RuntimeContract.SevenWebhookOptions}>>(services).Value;");
        writer.Line($"var verifier = {ServiceProviderExtensions}.GetRequiredService<{RuntimeContract.WebhookVerifier}>(services);");
        writer.Line($"var logger = {ServiceProviderExtensions}.GetService<global::Microsoft.Extensions.Logging.ILoggerFactory>(services)?.CreateLogger({SourceWriter.Literal(model.LoggerCategory)}) ?? (global::Microsoft.Extensions.Logging.ILogger)global::Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;");
        writer.Line("var cancellationToken = context.RequestAborted;");
        writer.Line("var request = context.Request;");
        writer.Line("var body = await ReadBodyAsync(request, options.MaxBodySize, cancellationToken).ConfigureAwait(false);");
        writer.OpenBlock("if (body == null)");
        writer.Line("global::Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(logger, \"Refused a webhook delivery of more than {MaxBodySize} bytes.\", options.MaxBodySize);");
        writer.Line("await ProblemAsync(context, 413, \"Delivery too large\", \"The body is larger than the receiver accepts.\").ConfigureAwait(false);");
        writer.Line("return;");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"var delivery = new {RuntimeContract.WebhookRequest}(");
        writer.Indent();
        writer.Line("request.Method,");
        writer.Line("Url(context, options.PublicBaseAddress),");
        writer.Line("request.ContentType,");
        writer.Line("body,");
        writer.Line($"Header(request, {RuntimeContract.WebhookSignature}.SignatureHeader),");
        writer.Line($"Header(request, {RuntimeContract.WebhookSignature}.TimestampHeader),");
        writer.Line($"Header(request, {RuntimeContract.WebhookSignature}.NonceHeader));");
        writer.Outdent();
        writer.Line("var verification = await verifier.VerifyAsync(delivery, cancellationToken).ConfigureAwait(false);");
        writer.OpenBlock("if (!verification.IsAccepted)");
        writer.Line("global::Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(logger, \"Refused a webhook delivery to {Method} {Path}: {Reason}\", request.Method, request.Path.Value, verification.Reason);");
        writer.Line($"await ProblemAsync(context, 401, \"Signature check failed\", verification.Reason{forgive}).ConfigureAwait(false);");
        writer.Line("return;");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"{baseClass} webhookEvent;");
        writer.OpenBlock("try");
        writer.Line($"webhookEvent = {reader}.{WebhooksModel.ReadMethod}(delivery);");
        writer.CloseBlock();
        writer.OpenBlock($"catch ({RuntimeContract.WebhookFormatException} e)");
        writer.Line("global::Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(logger, \"Refused an unreadable webhook delivery: {Reason}\", e.Message);");
        writer.Line("await ProblemAsync(context, 400, \"Unreadable delivery\", e.Message).ConfigureAwait(false);");
        writer.Line("return;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("try");
        writer.Line("await handler(webhookEvent, context).ConfigureAwait(false);");
        writer.CloseBlock();
        writer.OpenBlock("catch (global::System.Exception e) when (!cancellationToken.IsCancellationRequested)");
        if (conventions.WebhookRetries is not null)
        {
            writer.Line($"// The {conventions.Service} retries after a 5xx, so the event is not lost.");
        }

        var retry = conventions.WebhookRetries is null ? $"the {conventions.Service} may deliver it again" : $"the {conventions.Service} will retry";
        var retried = conventions.WebhookRetries is null ? $"the {conventions.Service} may deliver it again" : $"the {conventions.Service} retries it";
        writer.Line($"global::Microsoft.Extensions.Logging.LoggerExtensions.LogError(logger, e, \"The handler of the {{EventType}} webhook event failed; {retry}.\", webhookEvent.EventType);");
        writer.Line($"await ProblemAsync(context, 500, \"Handler failed\", \"The delivery was read, but handling it failed; {retried}.\").ConfigureAwait(false);");
        writer.Line("return;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("global::Microsoft.Extensions.Logging.LoggerExtensions.LogDebug(logger, \"Handled the {EventType} webhook event.\", webhookEvent.EventType);");
        writer.Line("context.Response.StatusCode = 200;");
        writer.CloseBlock();
        writer.Line();

        writer.Doc("summary", "The body, or null when it is larger than <paramref name=\"limit\"/>.");
        writer.OpenBlock($"private static async global::System.Threading.Tasks.Task<byte[]{nullable}> ReadBodyAsync(global::Microsoft.AspNetCore.Http.HttpRequest request, int limit, global::System.Threading.CancellationToken cancellationToken)");
        writer.OpenBlock("if (request.ContentLength > limit)");
        writer.Line("return null;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var buffer = new byte[(int)global::System.Math.Min((long)limit + 1, (request.ContentLength ?? 4096) + 1)];");
        writer.Line("var length = 0;");
        writer.Line("int read;");
        writer.OpenBlock("while ((read = await request.Body.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)");
        writer.Line("length += read;");
        writer.OpenBlock("if (length > limit)");
        writer.Line("return null;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (length == buffer.Length)");
        writer.Line("global::System.Array.Resize(ref buffer, (int)global::System.Math.Min((long)limit + 1, buffer.Length * 2L));");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("global::System.Array.Resize(ref buffer, length);");
        writer.Line("return buffer;");
        writer.CloseBlock();
        writer.Line();

        writer.Doc("summary", $"The URL the {conventions.Service} signed: the request target as it arrived (path and query, undecoded), after the public base address or the request's scheme and host.");
        writer.OpenBlock($"private static string Url({HttpContext} context, global::System.Uri{nullable} publicBaseAddress)");
        writer.Line("var request = context.Request;");
        writer.Line("var target = context.Features.Get<global::Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget;");
        writer.OpenBlock("if (string.IsNullOrEmpty(target) || target[0] != '/')");
        writer.Line("target = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return publicBaseAddress != null");
        writer.Indent();
        writer.Line("? publicBaseAddress.GetLeftPart(global::System.UriPartial.Path).TrimEnd('/') + target");
        writer.Line(": request.Scheme + \"://\" + request.Host.Value + target;");
        writer.Outdent();
        writer.CloseBlock();
        writer.Line();

        writer.OpenBlock($"private static string{nullable} Header(global::Microsoft.AspNetCore.Http.HttpRequest request, string name)");
        writer.Line("var values = request.Headers[name];");
        writer.Line("return values.Count == 0 ? null : values[0];");
        writer.CloseBlock();
        writer.Line();

        writer.Doc("summary", "An RFC 9457 problem: a title and a sentence, never the body, the signature or the key.");
        writer.OpenBlock($"private static async {Task} ProblemAsync({HttpContext} context, int status, string title, string detail)");
        writer.Line("context.Response.StatusCode = status;");
        writer.Line("context.Response.ContentType = \"application/problem+json\";");
        writer.Line("using var stream = new global::System.IO.MemoryStream();");
        writer.Line("using (var json = new global::System.Text.Json.Utf8JsonWriter(stream))");
        writer.Line("{");
        writer.Indent();
        writer.Line("json.WriteStartObject();");
        writer.Line("json.WriteString(\"title\", title);");
        writer.Line("json.WriteNumber(\"status\", status);");
        writer.Line("json.WriteString(\"detail\", detail);");
        writer.Line("json.WriteEndObject();");
        writer.Outdent();
        writer.Line("}");
        writer.Line();
        writer.Line("await context.Response.Body.WriteAsync(stream.GetBuffer(), 0, (int)stream.Length, context.RequestAborted).ConfigureAwait(false);");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void MapOverload(SourceWriter writer, AspNetCoreWebhooksModel model, string endpoints, string builder, string handlerType, string adapt, string handlerDoc, Conventions conventions)
    {
        writer.Doc("summary", $"Maps a GET and POST endpoint that receives the {conventions.Service}'s webhook deliveries: it checks the signature, reads the event and calls <paramref name=\"handler\"/>.");
        writer.Doc("remarks", $"Answers 200 when the handler completed; 401 for a missing or wrong signature, an expired timestamp or a replayed nonce; 400 for a delivery that cannot be read; 413 for a body larger than the options allow; 500 when the handler throws{(conventions.WebhookRetries is null ? string.Empty : $" (the {conventions.Service} retries {SourceWriter.XmlText(conventions.WebhookRetries)})")}. Nothing of the key, the signature or the body is logged or answered. Needs <c>services.{model.AddMethod}(...)</c>.");
        writer.Doc("param", "The endpoints.", "name=\"endpoints\"");
        writer.Doc("param", $"The route pattern, e.g. <c>{conventions.WebhookRoute}</c>; register it as the hook's target URL.", "name=\"pattern\"");
        writer.Doc("param", handlerDoc, "name=\"handler\"");
        writer.Doc("returns", "The endpoint's builder, to add conventions (<c>RequireHost</c>, rate limiting, ...).");
        writer.Line($"public static {builder} {model.MapMethod}(this {endpoints} endpoints, string pattern, {handlerType} handler) =>");
        writer.Indent();
        writer.Line($"Map(endpoints, pattern, handler, {adapt});");
        writer.Outdent();
    }
}

using System.Collections.Generic;
using System.Linq;

namespace SevenIo.Generator.Contract;

/// <summary>
/// The runtime library (SevenIo.Runtime), its ASP.NET Core companion (SevenIo.Webhooks.AspNetCore) and its Redis store
/// as generated code sees them: their types, by the <c>global::</c> name emitters
/// write, and the configuration keys the options binder reads. The generator never loads those
/// assemblies; a test checks these lists against them, and every snapshot compiles against them. A
/// generated type may not take one of these names (<see cref="Reserved"/>).
/// </summary>
internal static class RuntimeContract
{
    /// <summary>The namespace of what users call.</summary>
    public const string PublicNamespace = "SevenIo";

    /// <summary>The namespace of what only generated code calls.</summary>
    public const string GeneratedCodeNamespace = PublicNamespace + ".Runtime";

    private const string Public = "global::" + PublicNamespace + ".";
    private const string ForGeneratedCode = "global::" + GeneratedCodeNamespace + ".";

    public const string SevenApiException = Public + "SevenApiException";
    public const string SevenPartialFailureException = Public + "SevenPartialFailureException";
    public const string HeaderLines = Public + "HeaderLines";
    public const string IWebhookNonceStore = Public + "IWebhookNonceStore";
    public const string MemoryWebhookNonceStore = Public + "MemoryWebhookNonceStore";
    public const string SevenWebhookOptions = Public + "SevenWebhookOptions";
    public const string WebhookFormatException = Public + "WebhookFormatException";
    public const string WebhookNonceStoreUnavailableException = Public + "WebhookNonceStoreUnavailableException";
    public const string WebhookRejection = Public + "WebhookRejection";
    public const string WebhookRequest = Public + "WebhookRequest";
    public const string WebhookSignature = Public + "WebhookSignature";
    public const string WebhookVerification = Public + "WebhookVerification";
    public const string WebhookVerifier = Public + "WebhookVerifier";

    public const string ApiClientOptions = ForGeneratedCode + "ApiClientOptions";
    public const string ApiPipeline = ForGeneratedCode + "ApiPipeline";
    public const string ApiRequest = ForGeneratedCode + "ApiRequest";
    public const string Argument = ForGeneratedCode + "Argument";
    public const string ArrayStyle = ForGeneratedCode + "ArrayStyle";
    public const string ClientTelemetry = ForGeneratedCode + "ClientTelemetry";
    public const string FailureEnvelope = ForGeneratedCode + "FailureEnvelope";
    public const string JsonArrayCursor = ForGeneratedCode + "JsonArrayCursor";
    public const string JsonValueReader = ForGeneratedCode + "JsonValueReader";
    public const string JsonValues = ForGeneratedCode + "JsonValues";
    public const string OffsetPaging = ForGeneratedCode + "OffsetPaging";
    public const string OptionsBinding = ForGeneratedCode + "OptionsBinding";
    public const string PartialSuccess = ForGeneratedCode + "PartialSuccess";
    public const string SharedHttpClient = ForGeneratedCode + "SharedHttpClient";
    public const string WebhookEnvelope = ForGeneratedCode + "WebhookEnvelope";
    public const string WebhookTime = ForGeneratedCode + "WebhookTime";
    public const string WireText = ForGeneratedCode + "WireText";

    public const string WebhookEndpoint = ForGeneratedCode + "WebhookEndpoint";
    public const string WebhookServices = ForGeneratedCode + "WebhookServices";

    /// <summary>The members of a webhook delivery that the runtime's <c>WebhookEnvelope</c> reads: the event's name, its timestamp and its data.</summary>
    public const string WebhookEventMember = "webhook_event";
    public const string WebhookTimestampMember = "webhook_timestamp";
    public const string WebhookDataMember = "data";

    /// <summary>The configuration keys of the client options that <see cref="OptionsBinding"/> reads, below the client's section.</summary>
    public static readonly string[] ClientOptionKeys = { "ApiKey", "BaseAddress", "ApplicationId", "SigningSecret", "SentWith" };

    /// <summary>The configuration keys of the webhook options that <see cref="OptionsBinding"/> reads, below the webhooks' section.</summary>
    public static readonly string[] WebhookOptionKeys = { "SigningKey", "VerifySignatures", "Tolerance", "ClockSkew", "PublicBaseAddress", "MaxBodySize" };

    /// <summary>Every public type of the runtime library.</summary>
    public static readonly string[] Types =
    {
        SevenApiException, SevenPartialFailureException, HeaderLines, IWebhookNonceStore, MemoryWebhookNonceStore, SevenWebhookOptions, WebhookFormatException, WebhookNonceStoreUnavailableException,
        WebhookRejection, WebhookRequest, WebhookSignature, WebhookVerification, WebhookVerifier,
        ApiClientOptions, ApiPipeline, ApiRequest, Argument, ArrayStyle, ClientTelemetry, FailureEnvelope, JsonArrayCursor,
        JsonValueReader, JsonValues, OffsetPaging, OptionsBinding, PartialSuccess, SharedHttpClient, WebhookEnvelope, WebhookTime, WireText,
    };

    /// <summary>Every public type of the ASP.NET Core companion; the generator writes against it only when the compilation references it.</summary>
    public static readonly string[] AspNetCoreTypes = { WebhookEndpoint, WebhookServices };

    /// <summary>
    /// Every public type of the Redis replay store (SevenIo.Webhooks.Redis). The generator never writes against it, but a
    /// model of the same name would clash with it in a receiver that references the package.
    /// </summary>
    public static readonly string[] RedisTypes =
    {
        Public + "RedisWebhookNonceStore", Public + "RedisWebhookNonceStoreOptions",
        "global::" + Model.DependencyInjectionModel.Namespace + ".RedisWebhookServiceCollectionExtensions",
    };

    /// <summary>
    /// The full names a generated type may not take: every type of the runtime, the companion and the Redis store, and
    /// <c>SevenIo.Runtime</c> itself (a type of that name would hide the runtime's namespace from the generated code).
    /// </summary>
    public static readonly (string Namespace, string Name)[] Reserved =
        new[] { (PublicNamespace, "Runtime") }
            .Concat(Types.Concat(AspNetCoreTypes).Concat(RedisTypes).Select(Split))
            .ToArray();

    /// <summary>The reserved names in one namespace, each with what holds it, for a collision message.</summary>
    public static IEnumerable<(string Name, string Owner)> In(string ns) =>
        Reserved.Where(r => r.Namespace == ns).Select(r => (r.Name, $"the runtime library's {r.Namespace}.{r.Name}"));

    private static (string Namespace, string Name) Split(string globalName)
    {
        var name = globalName.Substring("global::".Length);
        var dot = name.LastIndexOf('.');
        return (name.Substring(0, dot), name.Substring(dot + 1));
    }
}

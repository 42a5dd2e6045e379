using System;
using System.Collections.Generic;

namespace SevenIo.Generator.Building;

/// <summary>
/// The public names of the runtime library, by namespace: a generated type with the same full name
/// would clash with it (or hide the runtime's namespace from the generated code). A test checks this
/// list against the runtime assembly; the generator never loads that assembly itself.
/// </summary>
internal static class RuntimeTypes
{
    public static readonly (string Namespace, string Name)[] Taken =
    {
        ("SevenIo", "Runtime"),
        ("SevenIo", "SevenApiException"),
        ("SevenIo", "HeaderLines"),
        ("SevenIo", "IWebhookNonceStore"),
        ("SevenIo", "MemoryWebhookNonceStore"),
        ("SevenIo", "SevenWebhookOptions"),
        ("SevenIo", "WebhookFormatException"),
        ("SevenIo", "WebhookRejection"),
        ("SevenIo", "WebhookRequest"),
        ("SevenIo", "WebhookSignature"),
        ("SevenIo", "WebhookVerification"),
        ("SevenIo", "WebhookVerifier"),
        ("SevenIo.Runtime", "ApiClientOptions"),
        ("SevenIo.Runtime", "ApiPipeline"),
        ("SevenIo.Runtime", "ApiRequest"),
        ("SevenIo.Runtime", "Argument"),
        ("SevenIo.Runtime", "ArrayStyle"),
        ("SevenIo.Runtime", "ClientTelemetry"),
        ("SevenIo.Runtime", "FailureEnvelope"),
        ("SevenIo.Runtime", "JsonArrayCursor"),
        ("SevenIo.Runtime", "JsonValueReader"),
        ("SevenIo.Runtime", "JsonValues"),
        ("SevenIo.Runtime", "SharedHttpClient"),
        ("SevenIo.Runtime", "WebhookEnvelope"),
        ("SevenIo.Runtime", "WebhookTime"),
        ("SevenIo.Runtime", "WireText"),
    };

    public static IEnumerable<(string Name, string Owner)> In(string ns)
    {
        foreach (var (takenNamespace, name) in Taken)
        {
            if (string.Equals(takenNamespace, ns, StringComparison.Ordinal))
            {
                yield return (name, $"the runtime library's {takenNamespace}.{name}");
            }
        }
    }
}

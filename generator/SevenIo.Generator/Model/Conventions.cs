namespace SevenIo.Generator.Model;

/// <summary>
/// What a client's spec says about its service beyond the operations (<c>client.conventions</c>):
/// how generated documentation names it, how its JSON writes "no value", and how it delivers webhooks.
/// </summary>
/// <param name="Service">How documentation names the service, after "the" (<c>gateway</c>: "the value the gateway answered with").</param>
/// <param name="FalseIsNull">A nullable value that is not a boolean reads <c>false</c> as <c>null</c> (PHP's "no value").</param>
/// <param name="EmptyStringIsNull">A nullable number or date reads <c>""</c> as <c>null</c>.</param>
/// <param name="WebhookRetries">The answers after which the service delivers a webhook again, in words (<c>only 429 and 5xx</c>); null when it does not retry or the spec does not say.</param>
/// <param name="WebhookRoute">The route of the webhook endpoint that documentation gives as an example.</param>
internal sealed record Conventions(string Service, bool FalseIsNull, bool EmptyStringIsNull, string? WebhookRetries, string WebhookRoute)
{
    /// <summary>What a spec without <c>conventions</c> gets: plain JSON, and nothing assumed about the service.</summary>
    public static readonly Conventions Default = new("service", FalseIsNull: false, EmptyStringIsNull: false, WebhookRetries: null, WebhookRoute: "/webhooks");
}

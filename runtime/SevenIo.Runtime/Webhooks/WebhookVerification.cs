namespace SevenIo;

/// <summary>The outcome of checking a delivery's signature.</summary>
public readonly struct WebhookVerification
{
    private WebhookVerification(WebhookRejection rejection, string? reason)
    {
        Rejection = rejection;
        Reason = reason;
    }

    /// <summary>An accepted delivery.</summary>
    public static WebhookVerification Accepted => default;

    /// <summary>Whether the delivery was accepted.</summary>
    public bool IsAccepted => Rejection == WebhookRejection.None;

    /// <summary>Why it was not; <see cref="WebhookRejection.None"/> when it was.</summary>
    public WebhookRejection Rejection { get; }

    /// <summary>
    /// Why it was not, in a sentence that is safe to log or return: it never holds the key, the
    /// signature or the body. Null when it was accepted.
    /// </summary>
    public string? Reason { get; }

    /// <summary>A refusal.</summary>
    /// <param name="rejection">Why.</param>
    /// <param name="reason">Why, in a sentence.</param>
    /// <returns>The outcome.</returns>
    public static WebhookVerification Rejected(WebhookRejection rejection, string reason) => new(rejection, reason);
}

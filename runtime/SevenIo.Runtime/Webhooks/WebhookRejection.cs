namespace SevenIo;

/// <summary>Why a delivery's signature was not accepted.</summary>
public enum WebhookRejection
{
    /// <summary>The delivery was accepted.</summary>
    None,

    /// <summary>One of <c>X-Signature</c>, <c>X-Timestamp</c> or <c>X-Nonce</c> is missing or empty.</summary>
    MissingHeaders,

    /// <summary><c>X-Timestamp</c> is not a number of Unix seconds.</summary>
    InvalidTimestamp,

    /// <summary><c>X-Timestamp</c> is older than the tolerance allows.</summary>
    Expired,

    /// <summary><c>X-Timestamp</c> is further ahead of this machine's clock than the clock skew allows.</summary>
    FromTheFuture,

    /// <summary><c>X-Signature</c> does not match the delivery: another key, a changed body or URL, or no signature at all.</summary>
    SignatureMismatch,

    /// <summary>A delivery with this <c>X-Nonce</c> was accepted before.</summary>
    Replayed,
}

using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using SevenIo.Runtime;

namespace SevenIo;

/// <summary>
/// Checks that a delivery comes from seven.io: its signature over the documented string matches
/// (compared in constant time), its timestamp is within the tolerance, and its nonce was not seen
/// before. Thread-safe; keep one per signing key.
/// </summary>
public class WebhookVerifier
{
    private readonly SevenWebhookOptions _options;
    private readonly string? _signingKey;
    private readonly IWebhookNonceStore _nonces;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new verifier.</summary>
    /// <param name="options">The signing key and the rules; read once, here.</param>
    /// <exception cref="ArgumentException">Signatures are verified but no signing key is set.</exception>
    public WebhookVerifier(SevenWebhookOptions options)
    {
        Argument.AssertNotNull(options, nameof(options));
        if (options.VerifySignatures && string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new ArgumentException("SevenWebhookOptions.SigningKey is not set. Set the account's signing key, or turn VerifySignatures off explicitly.", nameof(options));
        }

        _options = options;
        _signingKey = options.SigningKey;
        _time = options.TimeProvider ?? TimeProvider.System;
        _nonces = options.NonceStore ?? new MemoryWebhookNonceStore(timeProvider: _time);
    }

    /// <summary>Initializes a verifier for mocking.</summary>
    protected WebhookVerifier()
    {
        _options = new SevenWebhookOptions();
        _nonces = null!;
        _time = TimeProvider.System;
    }

    /// <summary>Checks a delivery.</summary>
    /// <param name="request">The delivery.</param>
    /// <param name="cancellationToken">Cancels the nonce store's work.</param>
    /// <returns>Whether it is accepted and, if not, why.</returns>
    public virtual async ValueTask<WebhookVerification> VerifyAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        Argument.AssertNotNull(request, nameof(request));
        if (!_options.VerifySignatures)
        {
            return WebhookVerification.Accepted;
        }

        if (string.IsNullOrWhiteSpace(request.Signature) || string.IsNullOrWhiteSpace(request.Timestamp) || string.IsNullOrWhiteSpace(request.Nonce))
        {
            return WebhookVerification.Rejected(WebhookRejection.MissingHeaders, "The delivery lacks one of the X-Signature, X-Timestamp and X-Nonce headers.");
        }

        if (!long.TryParse(request.Timestamp!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return WebhookVerification.Rejected(WebhookRejection.InvalidTimestamp, "The X-Timestamp header is not a number of Unix seconds.");
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var now = _time.GetUtcNow();
        if (now - signedAt > _options.Tolerance)
        {
            return WebhookVerification.Rejected(WebhookRejection.Expired, FormattableString.Invariant($"The delivery was signed {(long)(now - signedAt).TotalSeconds} s ago; at most {_options.Tolerance.TotalSeconds} s are accepted."));
        }

        if (signedAt - now > _options.ClockSkew)
        {
            return WebhookVerification.Rejected(WebhookRejection.FromTheFuture, FormattableString.Invariant($"The delivery was signed {(long)(signedAt - now).TotalSeconds} s ahead of this machine's clock; at most {_options.ClockSkew.TotalSeconds} s are accepted."));
        }

        var expected = WebhookSignature.Hash(_signingKey!, request.Timestamp!, request.Nonce!, request.Method, request.Url, request.Body.Span);
        var given = WebhookSignature.FromHex(request.Signature!);
        if (given is null || !WebhookSignature.FixedTimeEquals(expected, given))
        {
            return WebhookVerification.Rejected(WebhookRejection.SignatureMismatch, "The X-Signature header does not match the delivery (another signing key, or a changed URL, body or header).");
        }

        // Only a correctly signed delivery is remembered, so forged ones cannot fill the store.
        var expires = signedAt + _options.Tolerance + _options.ClockSkew;
        if (!await _nonces.TryAddAsync(request.Nonce!, expires, cancellationToken).ConfigureAwait(false))
        {
            return WebhookVerification.Rejected(WebhookRejection.Replayed, "A delivery with this X-Nonce was accepted before.");
        }

        return WebhookVerification.Accepted;
    }
}

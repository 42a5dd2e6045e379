using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace SevenIo.Runtime;

/// <summary>
/// Signs requests for an account that requires it: <c>X-Signature</c> is the lowercase hex
/// HMAC-SHA256, keyed with the signing secret, of the timestamp, the nonce, the method, the full URL
/// with its query and the MD5 hex of the exact body bytes, joined by line feeds (the scheme of
/// webhook deliveries, <see cref="WebhookSignature"/>); <c>X-Timestamp</c> is Unix seconds and
/// <c>X-Nonce</c> 32 fresh hex digits per request.
/// </summary>
internal sealed class RequestSigner
{
    private readonly string _secret;
    private readonly TimeProvider _time;

    public RequestSigner(string secret, TimeProvider time)
    {
        _secret = secret;
        _time = time;
    }

    /// <summary>Adds the three headers to a request that is complete: nothing about its method, address or body may change after this.</summary>
    public async Task SignAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        var body = message.Content is null ? Array.Empty<byte>() : await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        cancellationToken.ThrowIfCancellationRequested();
        var body = message.Content is null ? Array.Empty<byte>() : await message.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = NewNonce();
        var signature = WebhookSignature.Compute(_secret, timestamp, nonce, message.Method.Method, message.RequestUri!.AbsoluteUri, body);
        message.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, signature);
        message.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp);
        message.Headers.TryAddWithoutValidation(WebhookSignature.NonceHeader, nonce);
    }

    /// <summary>32 hex digits from 16 random bytes.</summary>
    internal static string NewNonce()
    {
        var bytes = new byte[16];
#if NET8_0_OR_GREATER
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToHexString(bytes).ToLowerInvariant();
#else
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return BitConverter.ToString(bytes).Replace("-", string.Empty).ToLowerInvariant();
#endif
    }
}

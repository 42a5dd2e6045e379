using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// What the gateway checks for an account that requires signed requests, written from the reference
/// (section 1.2) and not from the client's code: <c>X-Signature</c> is the lowercase hex HMAC-SHA256,
/// keyed with the secret, of <c>timestamp\nnonce\nMETHOD\nfull URL\nmd5hex(body)</c>. A timestamp more
/// than <see cref="Tolerance"/> away from now, or a nonce seen before, is refused too.
/// </summary>
internal sealed class SignedRequests(string secret)
{
    /// <summary>How far a request's timestamp may be from the emulator's clock.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(30);

    private readonly byte[] _key = Encoding.UTF8.GetBytes(secret);
    private readonly ConcurrentDictionary<string, byte> _nonces = new(StringComparer.Ordinal);

    /// <summary>Whether the request is signed with the secret, fresh and not replayed; reads the body and rewinds it.</summary>
    public async Task<bool> AcceptsAsync(HttpRequest request)
    {
        string signature = request.Headers["X-Signature"].ToString(), timestamp = request.Headers["X-Timestamp"].ToString(), nonce = request.Headers["X-Nonce"].ToString();
        if (signature.Length == 0 || nonce.Length == 0
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return false;
        }

        request.EnableBuffering();
        request.Body.Position = 0;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body).ConfigureAwait(false);
        request.Body.Position = 0;

        // MD5 is what the gateway signs over; nothing here needs its collision resistance.
#pragma warning disable CA5351
        var bodyHash = Convert.ToHexString(MD5.HashData(body.ToArray())).ToLowerInvariant();
#pragma warning restore CA5351
        var signed = string.Join("\n", timestamp, nonce, request.Method, request.GetEncodedUrl(), bodyHash);
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(signed))).ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))
            && _nonces.TryAdd(nonce, 0);
    }
}

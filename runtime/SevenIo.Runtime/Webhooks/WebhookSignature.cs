using System;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using SevenIo.Runtime;

namespace SevenIo;

/// <summary>
/// seven.io's webhook signature: lowercase hex of HMAC-SHA256, keyed with the account's signing key
/// (trimmed), over <c>timestamp + "\n" + nonce + "\n" + method + "\n" + url + "\n" + md5hex(body)</c>.
/// Public so that tests and tools can sign deliveries the way the gateway does.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header with the signature: 64 lowercase hex digits.</summary>
    public const string SignatureHeader = "X-Signature";

    /// <summary>The header with the Unix seconds at which the delivery was signed.</summary>
    public const string TimestampHeader = "X-Timestamp";

    /// <summary>The header with the delivery's nonce, unique per request.</summary>
    public const string NonceHeader = "X-Nonce";

    /// <summary>Computes the signature of a delivery.</summary>
    /// <param name="signingKey">The account's signing key.</param>
    /// <param name="timestamp">The <c>X-Timestamp</c> value, as sent.</param>
    /// <param name="nonce">The <c>X-Nonce</c> value.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="url">The full URL the delivery is sent to.</param>
    /// <param name="body">The exact body bytes (empty for GET).</param>
    /// <returns>The <c>X-Signature</c> value: 64 lowercase hex digits.</returns>
    public static string Compute(string signingKey, string timestamp, string nonce, string method, string url, ReadOnlySpan<byte> body)
    {
        Argument.AssertNotNull(signingKey, nameof(signingKey));
        Argument.AssertNotNull(timestamp, nameof(timestamp));
        Argument.AssertNotNull(nonce, nameof(nonce));
        Argument.AssertNotNull(method, nameof(method));
        Argument.AssertNotNull(url, nameof(url));
        return ToHex(Hash(signingKey, timestamp, nonce, method, url, body));
    }

    /// <summary>The HMAC of a delivery as bytes.</summary>
    internal static byte[] Hash(string signingKey, string timestamp, string nonce, string method, string url, ReadOnlySpan<byte> body)
    {
        var toSign = Encoding.UTF8.GetBytes(timestamp + "\n" + nonce + "\n" + method + "\n" + url + "\n" + ToHex(Md5(body)));
        var key = Encoding.UTF8.GetBytes(signingKey.Trim());
#if NET8_0_OR_GREATER
        return HMACSHA256.HashData(key, toSign);
#else
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(toSign);
#endif
    }

    /// <summary>Decodes hex digits of either case; null when the text is not an even number of hex digits.</summary>
    internal static byte[]? FromHex(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length % 2 != 0)
        {
            return null;
        }

        var bytes = new byte[trimmed.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            var high = HexValue(trimmed[2 * i]);
            var low = HexValue(trimmed[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return null;
            }

            bytes[i] = (byte)((high << 4) | low);
        }

        return bytes;
    }

    /// <summary>Compares without stopping at the first difference, so that the time taken says nothing about where they differ.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    internal static bool FixedTimeEquals(byte[] left, byte[] right)
    {
#if NET8_0_OR_GREATER
        return CryptographicOperations.FixedTimeEquals(left, right);
#else
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
#endif
    }

    private static byte[] Md5(ReadOnlySpan<byte> body)
    {
        // MD5 is what the gateway signs over; it is not used here for anything that needs collision resistance.
#pragma warning disable CA5351
#if NET8_0_OR_GREATER
        return MD5.HashData(body);
#else
        using var md5 = MD5.Create();
        return md5.ComputeHash(body.ToArray());
#endif
#pragma warning restore CA5351
    }

    private static string ToHex(byte[] bytes)
    {
        const string Digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

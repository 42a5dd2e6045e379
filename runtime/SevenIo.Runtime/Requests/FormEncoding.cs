#if NET8_0_OR_GREATER
using System;
using System.Buffers;
using System.Linq;
using System.Text;
#endif
using System.Collections.Generic;

namespace SevenIo.Runtime;

/// <summary>
/// Writes form fields as <c>application/x-www-form-urlencoded</c> bytes, the same bytes that
/// <see cref="System.Net.Http.FormUrlEncodedContent"/> writes on .NET (unreserved characters as they
/// are, a space as <c>+</c>, everything else as <c>%XX</c> of its UTF-8 bytes, a lone surrogate as
/// U+FFFD), into one array of exactly the right length and without a string in between. Values are
/// escaped here; names were escaped by the generator.
/// </summary>
internal static class FormEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>The encoded body: <c>name=value</c> pairs joined by <c>&amp;</c>; the names arrive escaped (<see cref="ApiRequest.AddForm(string, string)"/>) and go as they are.</summary>
    public static byte[] Encode(List<KeyValuePair<string, string>> fields)
    {
        // Each value's encoded length, measured once: a value whose length does not grow is copied without a second look.
        var lengths = fields.Count <= 32 ? stackalloc int[fields.Count] : new int[fields.Count];
        var length = fields.Count - 1;
        for (var i = 0; i < fields.Count; i++)
        {
            lengths[i] = EncodedLength(fields[i].Value);
            length += fields[i].Key.Length + 1 + lengths[i];
        }

        var bytes = new byte[length];
        var position = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                bytes[position++] = (byte)'&';
            }

            var name = fields[i].Key;
            for (var c = 0; c < name.Length; c++)
            {
                bytes[position++] = (byte)name[c];
            }

            bytes[position++] = (byte)'=';
            position = Write(fields[i].Value, lengths[i], bytes, position);
        }

        return bytes;
    }

    private static int EncodedLength(string text)
    {
        var length = PlainPrefix(text);
        for (var i = length; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                length += AsciiLength[c];
            }
            else if (c < 0x800)
            {
                length += 6;
            }
            else if (IsSurrogatePair(text, i))
            {
                length += 12;
                i++;
            }
            else
            {
                // Three UTF-8 bytes: any other BMP character, and U+FFFD for a lone surrogate.
                length += 9;
            }
        }

        return length;
    }

    private static int Write(string text, int encodedLength, byte[] bytes, int position)
    {
        // Every character that is not plain takes three bytes or more, so an unchanged length means all are plain.
        var plain = encodedLength == text.Length ? text.Length : PlainPrefix(text);
        position = WritePlain(text, plain, bytes, position);
        for (var i = plain; i < text.Length; i++)
        {
            int c = text[i];
            if (c < 0x80)
            {
                if (AsciiLength[c] == 3)
                {
                    position = Escape(c, bytes, position);
                }
                else
                {
                    bytes[position++] = c == ' ' ? (byte)'+' : (byte)c;
                }
            }
            else if (c < 0x800)
            {
                position = Escape(0xC0 | (c >> 6), bytes, position);
                position = Escape(0x80 | (c & 0x3F), bytes, position);
            }
            else if (IsSurrogatePair(text, i))
            {
                var scalar = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
                position = Escape(0xF0 | (scalar >> 18), bytes, position);
                position = Escape(0x80 | ((scalar >> 12) & 0x3F), bytes, position);
                position = Escape(0x80 | ((scalar >> 6) & 0x3F), bytes, position);
                position = Escape(0x80 | (scalar & 0x3F), bytes, position);
            }
            else
            {
                var scalar = c is >= 0xD800 and <= 0xDFFF ? 0xFFFD : c;
                position = Escape(0xE0 | (scalar >> 12), bytes, position);
                position = Escape(0x80 | ((scalar >> 6) & 0x3F), bytes, position);
                position = Escape(0x80 | (scalar & 0x3F), bytes, position);
            }
        }

        return position;
    }

    /// <summary>
    /// How many characters from the start are unreserved or spaces, each one byte on the wire: most
    /// values are all of them (numbers, codes, plain text). On .NET 8 and later the search and
    /// the copy are vectorized, which measured faster inside a whole call even for short fields.
    /// </summary>
    private static int PlainPrefix(string text)
    {
#if NET8_0_OR_GREATER
        var plain = text.AsSpan().IndexOfAnyExcept(Plain);
        return plain < 0 ? text.Length : plain;
#else
        var prefix = 0;
        while (prefix < text.Length && text[prefix] < 0x80 && AsciiLength[text[prefix]] == 1)
        {
            prefix++;
        }

        return prefix;
#endif
    }

    /// <summary>Writes the first <paramref name="count"/> characters, all plain: as ASCII, a space as <c>+</c>.</summary>
    private static int WritePlain(string text, int count, byte[] bytes, int position)
    {
#if NET8_0_OR_GREATER
        var target = bytes.AsSpan(position, count);
        Encoding.ASCII.GetBytes(text.AsSpan(0, count), target);
        target.Replace((byte)' ', (byte)'+');
        return position + count;
#else
        for (var i = 0; i < count; i++)
        {
            var c = text[i];
            bytes[position++] = c == ' ' ? (byte)'+' : (byte)c;
        }

        return position;
#endif
    }

    private static int Escape(int value, byte[] bytes, int position)
    {
        bytes[position] = (byte)'%';
        bytes[position + 1] = (byte)HexDigits[value >> 4];
        bytes[position + 2] = (byte)HexDigits[value & 0xF];
        return position + 3;
    }

    private static bool IsSurrogatePair(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);

    /// <summary>
    /// The encoded length of each ASCII character: 1 for RFC 3986's unreserved set (which
    /// <see cref="System.Uri.EscapeDataString(string)"/> leaves as it is) and the space (written <c>+</c>), 3 for the rest.
    /// </summary>
    private static readonly byte[] AsciiLength = CreateAsciiLengths();

#if NET8_0_OR_GREATER
    /// <summary>The characters of <see cref="AsciiLength"/> that take one byte, for the vectorized search.</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(Enumerable.Range(0, AsciiLength.Length).Where(c => AsciiLength[c] == 1).Select(c => (char)c).ToArray());
#endif

    private static byte[] CreateAsciiLengths()
    {
        var lengths = new byte[0x80];
        for (var c = 0; c < lengths.Length; c++)
        {
            lengths[c] = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~' or ' ' ? (byte)1 : (byte)3;
        }

        return lengths;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>
/// The form body the pipeline writes itself (names escaped by the generator, values by the runtime),
/// byte for byte against <see cref="FormUrlEncodedContent"/>
/// over seeded random fields: every ASCII character, Latin-1 and other BMP characters, surrogate
/// pairs, lone surrogates, empty texts, and texts on both sides of the vectorized path's threshold.
/// </summary>
public sealed class FormEncodingTests
{
    private static readonly string[] Pieces = BuildPieces();

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 20).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Random_fields_encode_as_FormUrlEncodedContent_encodes_them(int seed)
    {
        var random = new Random(seed);
        for (var form = 0; form < 200; form++)
        {
            var fields = Enumerable.Range(0, random.Next(1, 24))
                .Select(_ => new KeyValuePair<string, string>(RandomText(random), RandomText(random)))
                .ToList();

            var expected = await new FormUrlEncodedContent(fields).ReadAsByteArrayAsync();
            var actual = FormEncoding.Encode(WithEscapedNames(fields));

            Assert.True(expected.AsSpan().SequenceEqual(actual), $"seed {seed}, form {form}: {Describe(fields)}\nexpected {Encoding.ASCII.GetString(expected)}\nactual   {Encoding.ASCII.GetString(actual)}");
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("text", "Your parcel arrives today.")]
    [InlineData("to[]", "49176123456789")]
    [InlineData("target_url", "https://acme.inc/webhook?a=1&b=2#top")]
    [InlineData("text", "Grüße, 5€ \U0001F4E6")]
    [InlineData("text", "lone \uD83D high and \uDCE6 low")]
    [InlineData("text", "~-._ !*'();:@&=+$,/?#[]%\"<>\\^`{|}")]
    public async Task Known_fields_encode_as_FormUrlEncodedContent_encodes_them(string name, string value)
    {
        var fields = new List<KeyValuePair<string, string>> { new(name, value), new("from", "Acme") };

        var expected = await new FormUrlEncodedContent(fields).ReadAsByteArrayAsync();

        Assert.Equal(Encoding.ASCII.GetString(expected), Encoding.ASCII.GetString(FormEncoding.Encode(WithEscapedNames(fields))));
    }

    /// <summary>The names as the generator writes them into the code: escaped once, as a form escapes them.</summary>
    private static List<KeyValuePair<string, string>> WithEscapedNames(List<KeyValuePair<string, string>> fields) =>
        fields.Select(f => new KeyValuePair<string, string>(Uri.EscapeDataString(f.Key).Replace("%20", "+"), f.Value)).ToList();

    private static string RandomText(Random random)
    {
        // Mostly short, as names and codes are; sometimes past the 32 characters where the vectorized path starts.
        var count = random.Next(4) == 0 ? random.Next(28, 120) : random.Next(0, 12);
        var text = new StringBuilder();
        var plainOnly = random.Next(3) == 0;
        for (var i = 0; i < count; i++)
        {
            text.Append(plainOnly ? Pieces[random.Next(PlainPieces)] : Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>How many of the first pieces are plain (unreserved or a space).</summary>
    private const int PlainPieces = 67;

    private static string[] BuildPieces()
    {
        var plain = " -.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~".Select(c => c.ToString()).ToList();
        Assert.Equal(PlainPieces, plain.Count);
        var other = Enumerable.Range(0, 0x80).Select(c => ((char)c).ToString())
            .Concat(["ä", "ß", "é", "\u00FF", "\u0100", "\u07FF", "\u0800", "€", "中", "\uFFFD", "\uFFFF", "\U0001F4E6", "\U00010000", "\U0010FFFF", "\uD83D", "\uDCE6", "\uDBFF", "\uDC00"]);
        return plain.Concat(other).ToArray();
    }

    private static string Describe(List<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Select(f => Escape(f.Key) + "=" + Escape(f.Value)));

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\x7f' ? c.ToString() : $"\\u{(int)c:X4}"));
}

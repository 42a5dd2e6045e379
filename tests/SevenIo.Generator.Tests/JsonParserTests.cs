using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Generator.Json;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// The spec reader's JSON parser against System.Text.Json: both must accept exactly the same texts
/// and read the same values; ours must also say where every token and every error is.
/// </summary>
public sealed class JsonParserTests
{
    public static TheoryData<string> Documents => new()
    {
        "{}", "[]", "0", "-0", "1.5e10", "-12.25E-3", "\"x\"", "true", "false", "null", " \t\r\n {} \n",
        "{\"a\": [1, 2, {\"b\": null}], \"c\": \"\\u00e9\\n\\\"\\/\\\\\"}",
        "{\"a\":1,\"a\":2}", "[\"\\ud83d\\ude00\"]", "\"caf\u00e9 \u20ac\"", "[1e5, 0.0, -0.5, 10E+2]",
        // Invalid: each of these must be rejected by both.
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{a:1}", "{'a':1}", "01", "1.", ".5", "-", "+1", "1e", "1e+", "0x10",
        "NaN", "Infinity", "tru", "nul", "truex", "[true false]", "{\"a\" 1}", "{\"a\":}", "\"unterminated", "\"bad \\x escape\"",
        "\"\\u12\"", "\"\\u12G4\"", "\"tab\there\"", "\"line\nbreak\"", "[1] [2]", "{} x", "// comment\n{}", "/* c */ 1",
        "[1 2]", "{\"a\":1 \"b\":2}", "\u00a0{}", "[-]", "[--1]", "[1.2.3]", "[1e2e3]", "{\"a\":[}", "[\"\\\"]",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Accepts_and_reads_exactly_what_System_Text_Json_does(string text) => AssertAgreement(text);

    [Fact]
    public void Agrees_with_System_Text_Json_on_thousands_of_random_and_mutated_documents()
    {
        const int seed = 20261128;
        var random = new Random(seed);
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomJson.Document(random);
            if (random.Next(3) > 0)
            {
                text = RandomJson.Mutate(text, random);
            }

            try
            {
                AssertAgreement(text);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Case {i} of seed {seed} disagrees on: {text}", e);
            }
        }
    }

    [Fact]
    public void Nesting_is_limited_to_64_levels_like_System_Text_Json()
    {
        var deepest = new string('[', 64) + new string(']', 64);
        var tooDeep = new string('[', 65) + new string(']', 65);
        AssertAgreement(deepest);
        AssertAgreement(tooDeep);
        Assert.Null(JsonParser.Parse(deepest).Error);
        Assert.Contains("nested deeper than 64", JsonParser.Parse(tooDeep).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_the_span_of_every_value_and_property_name_and_the_text_gives_their_lines()
    {
        const string text = "{\n  \"name\": \"x\",\r\n  \"list\": [1, true]\n}";
        var lines = SourceText.From(text).Lines;
        var root = (JsonObject)JsonParser.Parse(text).Root!;

        Assert.Equal(new TextSpan(0, text.Length), root.Span);
        var name = root.Properties[0];
        Assert.Equal("\"name\"", text.Substring(name.NameSpan.Start, name.NameSpan.Length));
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 2), new LinePosition(1, 8)), lines.GetLinePositionSpan(name.NameSpan));
        Assert.Equal(new LinePosition(1, 10), lines.GetLinePosition(name.Value.Span.Start));
        var list = (JsonArray)root.Properties[1].Value;
        Assert.Equal(new LinePosition(2, 10), lines.GetLinePosition(list.Span.Start));
        Assert.Equal("true", text.Substring(list.Items[1].Span.Start, list.Items[1].Span.Length));
        Assert.Equal(new LinePosition(2, 14), lines.GetLinePosition(list.Items[1].Span.Start));
    }

    [Theory]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 2, 2, "Expected ',' or '}'")]
    [InlineData("[1,\n 2,\n ]", 2, 1, "Unexpected ']' where a value was expected")]
    [InlineData("{\"a\": \"x", 0, 8, "ends inside a string")]
    [InlineData("{\"a\": tru }", 0, 6, "did you mean true?")]
    [InlineData("{\"a\": 01}", 0, 7, "Unexpected '1' in a number")]
    public void Reports_the_first_error_where_it_is(string text, int line, int column, string message)
    {
        var error = JsonParser.Parse(text).Error;

        Assert.NotNull(error);
        Assert.Equal(new LinePosition(line, column), SourceText.From(text).Lines.GetLinePosition(error.Span.Start));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static void AssertAgreement(string text)
    {
        var ours = JsonParser.Parse(text);
        JsonDocument? theirs = null;
        try
        {
            theirs = JsonDocument.Parse(Encoding.UTF8.GetBytes(text));
        }
        catch (JsonException)
        {
        }

        using (theirs)
        {
            Assert.True(
                (theirs is null) == (ours.Error is not null),
                $"System.Text.Json {(theirs is null ? "rejects" : "accepts")} it, ours {(ours.Error is null ? "accepts" : "rejects: " + ours.Error.Message)}");
            if (theirs is not null)
            {
                AssertSameValue(theirs.RootElement, ours.Root!, text);
            }
        }
    }

    private static void AssertSameValue(JsonElement expected, JsonNode actual, string text)
    {
        Assert.Equal(expected.GetRawText(), text.Substring(actual.Span.Start, actual.Span.Length));
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = expected.EnumerateObject().ToList();
                var actualObject = Assert.IsType<JsonObject>(actual);
                Assert.Equal(properties.Select(p => p.Name), actualObject.Properties.Select(p => p.Name));
                for (var i = 0; i < properties.Count; i++)
                {
                    AssertSameValue(properties[i].Value, actualObject.Properties[i].Value, text);
                }

                break;
            case JsonValueKind.Array:
                var items = expected.EnumerateArray().ToList();
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.Equal(items.Count, actualArray.Items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSameValue(items[i], actualArray.Items[i], text);
                }

                break;
            case JsonValueKind.String:
                var actualString = Assert.IsType<JsonString>(actual).Value;
                if (IsValidUtf16(actualString))
                {
                    Assert.Equal(expected.GetString(), actualString);
                }
                else
                {
                    // Both accept an escaped lone surrogate; System.Text.Json only refuses to turn it into a string.
                    Assert.Throws<InvalidOperationException>(() => expected.GetString());
                }

                break;
            case JsonValueKind.Number:
                Assert.Equal(expected.GetRawText(), Assert.IsType<JsonNumber>(actual).Text);
                break;
            case JsonValueKind.True:
                Assert.Equal(JsonKind.True, actual.Kind);
                break;
            case JsonValueKind.False:
                Assert.Equal(JsonKind.False, actual.Kind);
                break;
            default:
                Assert.Equal(JsonKind.Null, actual.Kind);
                break;
        }
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Random JSON texts and small corruptions of them.</summary>
    private static class RandomJson
    {
        private const string Noise = "{}[],:\"\\ \n\t0123456789-+.eEtrufalsn/u*'x\u00e9\u0001";

        public static string Document(Random random)
        {
            var builder = new StringBuilder();
            Value(builder, random, depth: 0);
            return builder.ToString();
        }

        public static string Mutate(string text, Random random)
        {
            var builder = new StringBuilder(text);
            var edits = random.Next(1, 4);
            for (var i = 0; i < edits && builder.Length > 0; i++)
            {
                var at = random.Next(builder.Length);
                switch (random.Next(4))
                {
                    case 0:
                        builder.Remove(at, 1);
                        break;
                    case 1:
                        builder.Insert(at, Noise[random.Next(Noise.Length)]);
                        break;
                    case 2:
                        builder[at] = Noise[random.Next(Noise.Length)];
                        break;
                    default:
                        builder.Length = at;
                        break;
                }
            }

            return builder.ToString();
        }

        private static void Value(StringBuilder builder, Random random, int depth)
        {
            Space(builder, random);
            switch (depth > 4 ? random.Next(2, 7) : random.Next(7))
            {
                case 0:
                    builder.Append('{');
                    var count = random.Next(4);
                    for (var i = 0; i < count; i++)
                    {
                        builder.Append(i > 0 ? "," : string.Empty);
                        Space(builder, random);
                        String(builder, random);
                        Space(builder, random);
                        builder.Append(':');
                        Value(builder, random, depth + 1);
                    }

                    Space(builder, random);
                    builder.Append('}');
                    break;
                case 1:
                    builder.Append('[');
                    var items = random.Next(4);
                    for (var i = 0; i < items; i++)
                    {
                        builder.Append(i > 0 ? "," : string.Empty);
                        Value(builder, random, depth + 1);
                    }

                    Space(builder, random);
                    builder.Append(']');
                    break;
                case 2:
                    String(builder, random);
                    break;
                case 3:
                    builder.Append(random.Next(3) == 0 ? "-" : string.Empty)
                        .Append(random.Next(3) == 0 ? "0" : random.Next(1, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (random.Next(3) == 0)
                    {
                        builder.Append('.').Append(random.Next(1000));
                    }

                    if (random.Next(4) == 0)
                    {
                        builder.Append("eE"[random.Next(2)]).Append(new[] { "", "+", "-" }[random.Next(3)]).Append(random.Next(1, 30));
                    }

                    break;
                case 4:
                    builder.Append("true");
                    break;
                case 5:
                    builder.Append("false");
                    break;
                default:
                    builder.Append("null");
                    break;
            }

            Space(builder, random);
        }

        private static void String(StringBuilder builder, Random random)
        {
            string[] pieces = ["a", "b", "hook", "\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\uD83D\\uDE00", " ", "\u00fc", "\u20ac", "\\t"];
            builder.Append('"');
            var length = random.Next(5);
            for (var i = 0; i < length; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            builder.Append('"');
        }

        private static void Space(StringBuilder builder, Random random)
        {
            string[] spaces = ["", "", " ", "\n", "\r\n", "\t"];
            builder.Append(spaces[random.Next(spaces.Length)]);
        }
    }
}

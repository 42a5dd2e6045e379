using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SevenIo.Generator.Json;

/// <summary>
/// A strict RFC 8259 JSON parser that remembers the span of every value and property name.
/// It accepts exactly what System.Text.Json accepts with its default options (no comments, no
/// trailing commas, depth at most 64), which the differential tests check. It never throws for
/// bad input: the first problem comes back as a <see cref="JsonSyntaxError"/>. Spans are character
/// offsets; a diagnostic turns them into lines and columns through the file's <see cref="SourceText"/>.
/// </summary>
internal sealed class JsonParser
{
    /// <summary>The nesting limit of System.Text.Json's default options.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly StringBuilder _scratch = new();
    private int _position;
    private int _depth;

    private JsonParser(string text)
    {
        _text = text;
    }

    public static JsonParseResult Parse(string text)
    {
        var parser = new JsonParser(text);
        try
        {
            return JsonParseResult.Success(parser.ParseDocument());
        }
        catch (SyntaxException e)
        {
            return JsonParseResult.Failure(e.Error);
        }
    }

    private JsonNode ParseDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("The file holds no JSON value.");
        }

        var root = ParseValue();
        SkipWhitespace();
        if (!AtEnd)
        {
            throw Error($"Unexpected {DescribeCurrent()} after the end of the JSON value.");
        }

        return root;
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    private JsonNode ParseValue()
    {
        if (AtEnd)
        {
            throw Error("The file ends where a value was expected.");
        }

        switch (Current)
        {
            case '{':
                return ParseObject();
            case '[':
                return ParseArray();
            case '"':
                var start = _position;
                var value = ReadString();
                return new JsonString(value, SpanFrom(start));
            case 't':
                return ParseLiteral("true", JsonKind.True);
            case 'f':
                return ParseLiteral("false", JsonKind.False);
            case 'n':
                return ParseLiteral("null", JsonKind.Null);
            default:
                if (Current == '-' || IsDigit(Current))
                {
                    return ParseNumber();
                }

                throw Error($"Unexpected {DescribeCurrent()} where a value was expected.");
        }
    }

    private JsonObject ParseObject()
    {
        var start = _position;
        EnterContainer();
        _position++;
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (!AtEnd && Current == '}')
        {
            _position++;
            _depth--;
            return new JsonObject(properties, SpanFrom(start));
        }

        while (true)
        {
            SkipWhitespace();
            if (AtEnd || Current != '"')
            {
                throw Error($"Expected a property name in double quotes but found {DescribeCurrent()}.");
            }

            var nameStart = _position;
            var name = ReadString();
            var nameSpan = SpanFrom(nameStart);
            SkipWhitespace();
            if (AtEnd || Current != ':')
            {
                throw Error($"Expected ':' after the property name \"{name}\" but found {DescribeCurrent()}.");
            }

            _position++;
            SkipWhitespace();
            properties.Add(new JsonProperty(name, nameSpan, ParseValue()));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error("The file ends inside an object: expected ',' or '}'.");
            }

            if (Current == ',')
            {
                _position++;
                continue;
            }

            if (Current == '}')
            {
                _position++;
                _depth--;
                return new JsonObject(properties, SpanFrom(start));
            }

            throw Error($"Expected ',' or '}}' after a property value but found {DescribeCurrent()}.");
        }
    }

    private JsonArray ParseArray()
    {
        var start = _position;
        EnterContainer();
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            _position++;
            _depth--;
            return new JsonArray(items, SpanFrom(start));
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ParseValue());
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error("The file ends inside an array: expected ',' or ']'.");
            }

            if (Current == ',')
            {
                _position++;
                continue;
            }

            if (Current == ']')
            {
                _position++;
                _depth--;
                return new JsonArray(items, SpanFrom(start));
            }

            throw Error($"Expected ',' or ']' after an array item but found {DescribeCurrent()}.");
        }
    }

    private void EnterContainer()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"The JSON is nested deeper than {MaxDepth} levels.");
        }
    }

    private JsonLiteral ParseLiteral(string literal, JsonKind kind)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0
            || (_position + literal.Length < _text.Length && !IsDelimiter(_text[_position + literal.Length])))
        {
            throw Error($"Unexpected {DescribeCurrent()} where a value was expected (did you mean {literal}?).");
        }

        _position += literal.Length;
        return new JsonLiteral(kind, SpanFrom(start));
    }

    private JsonNumber ParseNumber()
    {
        var start = _position;
        if (Current == '-')
        {
            _position++;
        }

        if (AtEnd || !IsDigit(Current))
        {
            throw Error("A number needs at least one digit.");
        }

        if (Current == '0')
        {
            _position++;
        }
        else
        {
            SkipDigits();
        }

        if (!AtEnd && Current == '.')
        {
            _position++;
            if (AtEnd || !IsDigit(Current))
            {
                throw Error("A decimal point must be followed by a digit.");
            }

            SkipDigits();
        }

        if (!AtEnd && (Current == 'e' || Current == 'E'))
        {
            _position++;
            if (!AtEnd && (Current == '+' || Current == '-'))
            {
                _position++;
            }

            if (AtEnd || !IsDigit(Current))
            {
                throw Error("An exponent must have at least one digit.");
            }

            SkipDigits();
        }

        if (!AtEnd && !IsDelimiter(Current))
        {
            throw Error($"Unexpected {DescribeCurrent()} in a number.");
        }

        return new JsonNumber(_text.Substring(start, _position - start), SpanFrom(start));
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(Current))
        {
            _position++;
        }
    }

    /// <summary>Reads a string starting at its opening quote and leaves the position after the closing quote.</summary>
    private string ReadString()
    {
        _position++;
        var runStart = _position;
        var escaped = false;
        _scratch.Clear();
        while (true)
        {
            if (AtEnd)
            {
                throw Error("The file ends inside a string: a closing '\"' is missing.");
            }

            var c = Current;
            if (c == '"')
            {
                var end = _position++;
                if (!escaped)
                {
                    return _text.Substring(runStart, end - runStart);
                }

                return _scratch.Append(_text, runStart, end - runStart).ToString();
            }

            if (c < ' ')
            {
                throw Error($"{DescribeCurrent()} is not allowed inside a string; write it as an escape sequence.");
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            escaped = true;
            _scratch.Append(_text, runStart, _position - runStart);
            _position++;
            if (AtEnd)
            {
                throw Error("The file ends inside an escape sequence.");
            }

            switch (Current)
            {
                case '"': _scratch.Append('"'); break;
                case '\\': _scratch.Append('\\'); break;
                case '/': _scratch.Append('/'); break;
                case 'b': _scratch.Append('\b'); break;
                case 'f': _scratch.Append('\f'); break;
                case 'n': _scratch.Append('\n'); break;
                case 'r': _scratch.Append('\r'); break;
                case 't': _scratch.Append('\t'); break;
                case 'u': _scratch.Append(ReadUnicodeEscape()); break;
                default: throw Error($"'\\{Current}' is not a JSON escape sequence.");
            }

            _position++;
            runStart = _position;
        }
    }

    /// <summary>Reads the four hex digits after <c>\u</c>, leaving the position on the last of them.</summary>
    private char ReadUnicodeEscape()
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            _position++;
            if (AtEnd || !IsHexDigit(Current))
            {
                throw Error("'\\u' must be followed by four hexadecimal digits.");
            }

            value = (value * 16) + HexValue(Current);
        }

        return (char)value;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && Current is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHexDigit(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool IsDelimiter(char c) => c is ' ' or '\t' or '\r' or '\n' or ',' or ']' or '}';

    private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, _position);

    private string DescribeCurrent()
    {
        if (AtEnd)
        {
            return "the end of the file";
        }

        var c = Current;
        return c < ' ' || c == '\u007f'
            ? string.Format(CultureInfo.InvariantCulture, "the control character U+{0:X4}", (int)c)
            : $"'{c}'";
    }

    private SyntaxException Error(string message)
    {
        return new SyntaxException(new JsonSyntaxError(message, new TextSpan(_position, AtEnd ? 0 : 1)));
    }

    /// <summary>Unwinds the recursive descent to <see cref="Parse"/>; never leaves this class.</summary>
    private sealed class SyntaxException : Exception
    {
        public SyntaxException(JsonSyntaxError error)
            : base(error.Message)
        {
            Error = error;
        }

        public JsonSyntaxError Error { get; }
    }
}

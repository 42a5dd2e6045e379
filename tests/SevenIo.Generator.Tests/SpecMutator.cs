using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SevenIo.Generator.Tests;

/// <summary>
/// Breaks a spec the ways hand edits and bad tools do: token deletion and insertion, swapped values
/// and kinds, truncation, random characters, deep nesting, very long strings and duplicate keys.
/// </summary>
internal sealed partial class SpecMutator
{
    private static readonly string[] Insertions = ["{", "}", "[", "]", ",", ":", "\"x\"", "1", "-0.5e3", "true", "null", "\"int64\"", "\"Hook[]\"", "\"required\"", "\"{id}\""];
    private static readonly string[] Values = ["\"\"", "0", "-1", "99999999999999999999", "true", "false", "null", "{}", "[]", "\"datetime\"", "\"GET\"", "\"/api/{x}\"", "\"class\"", "\"2x\""];
    private static readonly char[] RandomCharacters = "{}[],:\"\\ \n\r\t0123456789-+.eEtrufalsn/ux*'#@\u00e9\u0000\u0001\u001f\u007f\u2028\ud800\udc00\ufeff\ufffd".ToCharArray();

    private readonly Random _random;
    private readonly List<string> _tokens;
    private readonly List<string> _strings;

    public SpecMutator(string spec, Random random)
    {
        _random = random;
        _tokens = Token().Matches(spec).Select(m => m.Value).ToList();
        _strings = _tokens.Where(t => t.StartsWith('"')).Distinct().ToList();
    }

    public string Next(out string kinds)
    {
        var tokens = new List<string>(_tokens);
        var applied = new List<string>();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            applied.Add(Mutate(tokens));
        }

        kinds = string.Join("+", applied);
        return string.Concat(tokens);
    }

    private string Mutate(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            tokens.Add(" ");
        }

        var at = _random.Next(tokens.Count);
        switch (_random.Next(10))
        {
            case 0:
                tokens.RemoveAt(at);
                return "delete";
            case 1:
                tokens.Insert(at, Insertions[_random.Next(Insertions.Length)]);
                return "insert";
            case 2:
            case 3:
                var stringIndex = IndexOfKind(tokens, at, t => t.StartsWith('"'));
                tokens[stringIndex] = _strings[_random.Next(_strings.Count)];
                return "swap-string";
            case 4:
                var valueIndex = IndexOfKind(tokens, at, t => t.StartsWith('"') || char.IsDigit(t[0]) || t is "true" or "false" or "null");
                tokens[valueIndex] = Values[_random.Next(Values.Length)];
                return "swap-kind";
            case 5:
                var text = string.Concat(tokens);
                tokens.Clear();
                tokens.Add(text.Substring(0, _random.Next(text.Length)));
                return "truncate";
            case 6:
                var token = tokens[at];
                var builder = new StringBuilder(token);
                if (builder.Length == 0)
                {
                    builder.Append(' ');
                }

                builder[_random.Next(builder.Length)] = RandomCharacters[_random.Next(RandomCharacters.Length)];
                tokens[at] = builder.ToString();
                return "random-char";
            case 7:
                var depth = _random.Next(20, 300);
                var nested = new string('[', depth) + new string(']', depth);
                tokens[IndexOfKind(tokens, at, t => t.StartsWith('"'))] = _random.Next(2) == 0 ? nested : "{\"a\":" + nested + "}";
                return "deep-nesting";
            case 8:
                var length = _random.Next(10_000, 200_000);
                tokens[IndexOfKind(tokens, at, t => t.StartsWith('"'))] = "\"" + new string((char)('a' + _random.Next(26)), length) + "\"";
                return "long-string";
            default:
                // Duplicate a "key": value pair of scalars, e.g. "type": "int64", right after itself.
                var keyIndex = IndexOfKind(tokens, at, t => t.StartsWith('"'));
                var colon = keyIndex + 1 < tokens.Count && tokens[keyIndex + 1] == ":" ? keyIndex + 1 : -1;
                if (colon < 0 || colon + 2 >= tokens.Count)
                {
                    tokens.Insert(keyIndex, ",");
                    return "comma";
                }

                var valueEnd = colon + 1 + (tokens[colon + 1].Trim().Length == 0 ? 1 : 0);
                tokens.InsertRange(valueEnd + 1, [",", tokens[keyIndex], ":", tokens[valueEnd]]);
                return "duplicate-key";
        }
    }

    /// <summary>The index of the first token at or after <paramref name="start"/> (wrapping around) that fits.</summary>
    private static int IndexOfKind(List<string> tokens, int start, Func<string, bool> fits)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var index = (start + i) % tokens.Count;
            if (tokens[index].Length > 0 && fits(tokens[index]))
            {
                return index;
            }
        }

        return start;
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null|[{}\\[\\],:]|\\s+|.", RegexOptions.Singleline)]
    private static partial Regex Token();
}

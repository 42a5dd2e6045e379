using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace SevenIo.Generator.Tests;

/// <summary>
/// Spec text with spans marked as <c>{|#0:text|}</c>, the testing library's markup: the markers
/// are removed and each numbered span is remembered, so a test states exactly where a diagnostic goes.
/// </summary>
internal sealed partial class SpecMarkup
{
    private SpecMarkup(string text, IReadOnlyDictionary<int, (int Start, int End)> spans)
    {
        Text = text;
        Spans = spans;
    }

    public string Text { get; }

    public IReadOnlyDictionary<int, (int Start, int End)> Spans { get; }

    public static SpecMarkup Parse(string markup)
    {
        var text = new StringBuilder();
        var spans = new Dictionary<int, (int, int)>();
        var open = new Stack<(int Index, int Start)>();
        var position = 0;
        foreach (Match token in Marker().Matches(markup))
        {
            text.Append(markup, position, token.Index - position);
            position = token.Index + token.Length;
            if (token.Value == "|}")
            {
                var (index, start) = open.Pop();
                spans.Add(index, (start, text.Length));
            }
            else
            {
                open.Push((int.Parse(token.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), text.Length));
            }
        }

        text.Append(markup, position, markup.Length - position);
        return new SpecMarkup(text.ToString(), spans);
    }

    /// <summary>The zero-based line and column of an offset, counting '\n', '\r\n' and '\r' as line ends, as JSON does.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Text[i] == '\n' || (Text[i] == '\r' && (i + 1 >= Text.Length || Text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }

    /// <summary>
    /// Marks span <paramref name="index"/> in <paramref name="text"/>: the one occurrence of
    /// <paramref name="find"/>, or only its leading <paramref name="part"/> when one is given.
    /// </summary>
    public static string Mark(string text, string find, int index, string? part = null)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{find}' must occur exactly once.", nameof(find));
        }

        part ??= find;
        if (!find.StartsWith(part, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{part}' must start '{find}'.", nameof(part));
        }

        return text.Substring(0, at) + $"{{|#{index}:" + part + "|}" + text.Substring(at + part.Length);
    }

    [GeneratedRegex(@"\{\|#(\d+):|\|\}")]
    private static partial Regex Marker();
}

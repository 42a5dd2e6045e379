using System;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// Writes C# text line by line with four-space indentation and '\n' line ends. Dispose it after
/// <see cref="ToString"/>: its buffer goes back to the thread for the next file, because growing a
/// fresh buffer for every file cost as much as the text itself (a fifth of the generator's
/// allocation on the whole gateway).
/// </summary>
internal sealed class SourceWriter : IDisposable
{
    /// <summary>Larger buffers are left to the collector rather than kept alive on the thread.</summary>
    private const int MaxCachedCapacity = 256 * 1024;

    private static readonly char[] LineBreaks = { '\r', '\n' };

    [ThreadStatic]
    private static StringBuilder? t_cachedBuilder;

    private StringBuilder _builder = TakeCachedBuilder();
    private int _indent;
    private int _lineStart;
    private int _contentStart;

    /// <summary>Writes a line at the current indentation; an empty line carries none.</summary>
    public void Line(string text)
    {
        BeginLine().Append(text);
        EndLine();
    }

    /// <summary>Writes an interpolated line without building its string first.</summary>
    public void Line([InterpolatedStringHandlerArgument("")] ref SourceLineHandler line) => EndLine();

    public void Line() => _builder.Append('\n');

    public void OpenBlock(string header)
    {
        Line(header);
        OpenBraces();
    }

    public void OpenBlock([InterpolatedStringHandlerArgument("")] ref SourceLineHandler header)
    {
        EndLine();
        OpenBraces();
    }

    public void CloseBlock()
    {
        _indent--;
        Line("}");
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    /// <summary>Writes <c>/// &lt;tag&gt;text&lt;/tag&gt;</c>, on one line when the text is one line.</summary>
    public void Doc(string tag, string text, string? attributes = null)
    {
        var open = attributes is null ? tag : tag + " " + attributes;
        if (text.IndexOfAny(LineBreaks) < 0)
        {
            Line($"/// <{open}>{text}</{tag}>");
            return;
        }

        // Every kind of line break the compiler knows must start a new '///' line, or text would escape the comment.
        Line($"/// <{open}>");
        foreach (var line in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            Line(line.Length == 0 ? "///" : "/// " + line);
        }

        Line($"/// </{tag}>");
    }

    public override string ToString() => _builder.ToString();

    public void Dispose()
    {
        if (_builder.Capacity <= MaxCachedCapacity)
        {
            t_cachedBuilder = _builder.Clear();
        }

        _builder = null!;
    }

    /// <summary>Starts a line at the current indentation; <see cref="EndLine"/> finishes it.</summary>
    internal StringBuilder BeginLine()
    {
        _lineStart = _builder.Length;
        _builder.Append(' ', _indent * 4);
        _contentStart = _builder.Length;
        return _builder;
    }

    private void EndLine()
    {
        // An empty line carries no indentation.
        if (_builder.Length == _contentStart)
        {
            _builder.Length = _lineStart;
        }

        _builder.Append('\n');
    }

    private void OpenBraces()
    {
        Line("{");
        _indent++;
    }

    private static StringBuilder TakeCachedBuilder()
    {
        var builder = t_cachedBuilder ?? new StringBuilder(16 * 1024);
        t_cachedBuilder = null;
        return builder;
    }

    /// <summary>
    /// Escapes text for an XML doc comment: descriptions in specs are plain text. Line breaks are
    /// kept for <see cref="Doc"/> to split; other control characters and lone surrogates (legal in
    /// JSON escapes, not in source) become U+FFFD.
    /// </summary>
    public static string XmlText(string text) => Clean(text, escapeXml: true);

    /// <summary>Text for a '//' comment: anything that could end the line becomes U+FFFD.</summary>
    public static string CommentText(string text) => Clean(text, escapeXml: false);

    /// <summary>A C# string literal for any text.</summary>
    public static string Literal(string value)
    {
        if (!value.Any(NeedsEscape))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) => c is '"' or '\\' || IsUnsafe(c);

    private static string Clean(string text, bool escapeXml)
    {
        if (!NeedsCleaning(text, escapeXml))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (escapeXml && c is '&' or '<' or '>' or '\r' or '\n' or '\t')
            {
                builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '\t' => " ", _ => c.ToString() });
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(IsUnsafe(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text, bool escapeXml)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c) || (escapeXml && c is '&' or '<' or '>' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Characters that may not appear as they are in a comment: they end it, or are not valid text.</summary>
    private static bool IsUnsafe(char c) => char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085';
}

using System.Globalization;
using System.Text;

namespace SevenIo.Generator.Emit;

/// <summary>Writes C# text line by line with four-space indentation and '\n' line ends.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    public void Line() => _builder.Append('\n');

    public void OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
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
        var open = attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>";
        var lines = text.Split('\n');
        if (lines.Length == 1)
        {
            Line($"/// {open}{text}</{tag}>");
            return;
        }

        Line($"/// {open}");
        foreach (var line in lines)
        {
            Line(line.Length == 0 ? "///" : "/// " + line.TrimEnd('\r'));
        }

        Line($"/// </{tag}>");
    }

    public override string ToString() => _builder.ToString();

    /// <summary>Escapes text for an XML doc comment; descriptions in specs are plain text.</summary>
    public static string XmlText(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A C# string literal for any text.</summary>
    public static string Literal(string value)
    {
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
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
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
}

using System.Globalization;
using System.Threading;
using SevenIo.Generator.Emit;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// The writer every emitter uses: interpolated lines go straight into its buffer, and the buffer is
/// reused by the next file on the same thread. Both must leave the text exactly as plain strings would.
/// </summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void Interpolated_and_plain_lines_are_indented_alike_and_empty_lines_carry_no_spaces()
    {
        var empty = string.Empty;
        var name = "Client";
        using var writer = new SourceWriter();
        writer.OpenBlock($"public class {name}");
        writer.Line($"private int _a;");
        writer.Line("private int _b;");
        writer.Line($"{empty}");
        writer.Line(string.Empty);
        writer.Line();
        writer.CloseBlock();

        Assert.Equal("public class Client\n{\n    private int _a;\n    private int _b;\n\n\n\n}\n", writer.ToString());
    }

    [Fact]
    public void Numbers_in_interpolated_lines_are_written_in_the_invariant_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            using var writer = new SourceWriter();
            writer.Line($"var x = {1.5} + {-2} + {12345};");

            Assert.Equal("var x = 1.5 + -2 + 12345;\n", writer.ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_writer_after_a_disposed_one_starts_empty()
    {
        using (var first = new SourceWriter())
        {
            first.OpenBlock("namespace A");
            first.Line("class B { }");
            Assert.StartsWith("namespace A", first.ToString(), System.StringComparison.Ordinal);
        }

        using var second = new SourceWriter();
        second.Line("class C { }");

        Assert.Equal("class C { }\n", second.ToString());
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\" \\ there", "\"say \\\"hi\\\" \\\\ there\"")]
    [InlineData("line\nbreak\ttab", "\"line\\nbreak\\ttab\"")]
    [InlineData("sep\u2028\u0001", "\"sep\\u2028\\u0001\"")]
    public void Literals_escape_only_what_needs_it(string value, string expected) =>
        Assert.Equal(expected, SourceWriter.Literal(value));

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a < b & c > d\tt", "a &lt; b &amp; c &gt; d t")]
    [InlineData("keeps\nbreaks", "keeps\nbreaks")]
    [InlineData("emoji \ud83d\ude00 ok", "emoji \ud83d\ude00 ok")]
    [InlineData("line \u2028 and \u0001", "line \uFFFD and \uFFFD")]
    public void Xml_text_escapes_markup_and_replaces_what_a_comment_cannot_hold(string text, string expected) =>
        Assert.Equal(expected, SourceWriter.XmlText(text));

    [Fact]
    public void A_lone_surrogate_is_replaced()
    {
        // Not theory data: the test runner's serialization would mangle a lone surrogate first.
        Assert.Equal("lone \uFFFD.", SourceWriter.XmlText("lone \ud83d."));
    }

    [Fact]
    public void Comment_text_cannot_end_its_line()
    {
        Assert.Equal("a\uFFFDb\uFFFDc", SourceWriter.CommentText("a\nb\rc"));
        Assert.Same("<kept>", SourceWriter.CommentText("<kept>"));
    }

    [Fact]
    public void Doc_comments_start_a_new_line_for_every_line_break()
    {
        using var writer = new SourceWriter();
        writer.Doc("summary", "one");
        writer.Doc("param", "first\r\nsecond\rthird\n\nfifth", "name=\"x\"");

        Assert.Equal(
            "/// <summary>one</summary>\n/// <param name=\"x\">\n/// first\n/// second\n/// third\n///\n/// fifth\n/// </param>\n",
            writer.ToString());
    }
}

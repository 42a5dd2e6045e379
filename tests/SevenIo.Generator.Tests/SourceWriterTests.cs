using SevenIo.Generator.Emitting;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>The writer every emitter uses, and the escaping that keeps spec text from breaking out of literals and comments.</summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void Lines_are_indented_by_block_and_empty_lines_carry_no_spaces()
    {
        using var writer = new SourceWriter();
        writer.OpenBlock("public class Client");
        writer.Line("private int _a;");
        writer.Line(string.Empty);
        writer.Line();
        writer.OpenBlock("void M()");
        writer.Line("_a++;");
        writer.CloseBlock();
        writer.CloseBlock();

        Assert.Equal("public class Client\n{\n    private int _a;\n\n\n    void M()\n    {\n        _a++;\n    }\n}\n", writer.ToString());
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

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
}

using System;
using System.Linq;
using System.Text;
using SevenIo.Generator.Model;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// Field names are escaped once, by the generator, and the runtime writes them as they are: the
/// escaping must be what <see cref="Uri.EscapeDataString(string)"/> gives in a query and what
/// FormUrlEncodedContent gives in a form, over seeded random names and named cases.
/// </summary>
public sealed class WireEscapingTests
{
    private static readonly string[] Pieces = Enumerable.Range(0, 0x80).Select(c => ((char)c).ToString())
        .Concat(["ä", "€", "中", "\U0001F4E6", "\uD83D", "\uDCE6", "[]", "[0]", " "])
        .ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_names_are_escaped_as_dotnet_escapes_them_in_a_query_and_a_form(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2_000; i++)
        {
            var name = new StringBuilder();
            for (var length = random.Next(0, 16); length > 0; length--)
            {
                name.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = name.ToString();
            Assert.Equal(Uri.EscapeDataString(text), WireEscaping.Escape(text, ParameterLocationKind.Query));
            Assert.Equal(Uri.EscapeDataString(text).Replace("%20", "+"), WireEscaping.Escape(text, ParameterLocationKind.Form));
        }
    }

    [Theory]
    [InlineData("target_url", true, "target_url")]
    [InlineData("to[]", true, "to%5B%5D")]
    [InlineData("a b", true, "a+b")]
    [InlineData("a b", false, "a%20b")]
    [InlineData("größe", false, "gr%C3%B6%C3%9Fe")]
    public void Known_names_are_escaped_for_their_place(string name, bool inForm, string expected)
    {
        Assert.Equal(expected, WireEscaping.Escape(name, inForm ? ParameterLocationKind.Form : ParameterLocationKind.Query));
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// Writes an interpolated line straight into a <see cref="SourceWriter"/>'s buffer, so that
/// <c>writer.Line($"...")</c> builds no string of its own: the emitters write nearly every line
/// this way, and on the whole gateway those strings were a fifth of the generator's allocation.
/// </summary>
[InterpolatedStringHandler]
internal readonly struct SourceLineHandler
{
    private readonly StringBuilder _builder;

#pragma warning disable IDE0060 // The compiler passes the lengths; the writer's buffer grows by itself.
    public SourceLineHandler(int literalLength, int formattedCount, SourceWriter writer)
#pragma warning restore IDE0060
    {
        _builder = writer.BeginLine();
    }

    public void AppendLiteral(string value) => _builder.Append(value);

    public void AppendFormatted(string? value) => _builder.Append(value);

    public void AppendFormatted<T>(T value)
    {
        // Numbers are written as C# reads them, whatever the culture of the build machine.
        _builder.Append(value is System.IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());
    }
}

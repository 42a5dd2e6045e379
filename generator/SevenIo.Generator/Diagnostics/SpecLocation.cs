using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SevenIo.Generator.Diagnostics;

/// <summary>
/// Where a piece of spec text sits, as plain values (no <see cref="Location"/>), so that it can live
/// in cached pipeline values and become a <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
internal readonly record struct SpecLocation(string Path, TextSpan Span, LinePositionSpan Lines)
{
    /// <summary>The span in a file's text, with its lines and columns taken from that text.</summary>
    public static SpecLocation In(string path, SourceText text, TextSpan span) => new(path, span, text.Lines.GetLinePositionSpan(span));

    /// <summary>The start of a file, for problems with the file as a whole.</summary>
    public static SpecLocation StartOf(string path) => new(path, default, default);

    /// <summary>No place in a spec: for what MSBuild properties say.</summary>
    public static SpecLocation None => new(string.Empty, default, default);

    public Location ToLocation() => Path.Length == 0 ? Location.None : Location.Create(Path, Span, Lines);
}

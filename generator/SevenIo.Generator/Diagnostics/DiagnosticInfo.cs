using System.Linq;
using Microsoft.CodeAnalysis;
using SevenIo.Generator.Collections;

namespace SevenIo.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain values, so that the incremental pipeline can cache and compare it and turn
/// it into a <see cref="Diagnostic"/> only when reporting.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, SpecLocation Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SpecLocation location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location.ToLocation(), Arguments.Cast<object>().ToArray());
}

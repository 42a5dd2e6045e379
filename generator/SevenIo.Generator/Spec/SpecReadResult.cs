using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>What reading one spec file gave: the model when it has no errors, and every problem found.</summary>
/// <param name="FilePath">The spec's path.</param>
/// <param name="Model">The model, or null when the spec has errors.</param>
/// <param name="Diagnostics">Everything reported about the spec.</param>
/// <param name="DeclaredTypes">The types the model generates and where the spec declares them.</param>
internal sealed record SpecReadResult(
    string FilePath,
    SpecModel? Model,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<DeclaredType> DeclaredTypes);

/// <summary>A generated type's full name and the span of the spec text that declares it.</summary>
internal sealed record DeclaredType(string FullName, SourceSpan Span);

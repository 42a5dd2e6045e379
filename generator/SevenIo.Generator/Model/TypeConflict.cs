using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Spec;

namespace SevenIo.Generator.Model;

/// <summary>
/// A type that two specs both generate. The spec whose path sorts first keeps it; the other one
/// gets a diagnostic and does not emit the file, so the compilation never sees two definitions.
/// </summary>
internal sealed record TypeConflict(string LoserPath, string FullName, string WinnerPath, SourceSpan Span)
{
    public string HintName => FullName + ".g.cs";

    public static EquatableArray<TypeConflict> Find(ImmutableArray<SpecReadResult> specs)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<TypeConflict>();
        foreach (var spec in specs.OrderBy(s => s.FilePath, StringComparer.Ordinal))
        {
            foreach (var type in spec.DeclaredTypes)
            {
                if (owners.TryGetValue(type.FullName, out var winner))
                {
                    conflicts.Add(new TypeConflict(spec.FilePath, type.FullName, winner, type.Span));
                }
                else
                {
                    owners.Add(type.FullName, spec.FilePath);
                }
            }
        }

        return conflicts.ToEquatableArray();
    }

    public DiagnosticInfo ToDiagnostic() => new(
        DiagnosticIds.DuplicateGeneratedType,
        LoserPath,
        Span,
        new[] { LoserPath, FullName, WinnerPath }.ToEquatableArray());
}

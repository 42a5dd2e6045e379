using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Reads a spec from an additional file, turning any failure into a located diagnostic.</summary>
internal static class SpecSource
{
    public const string FileSuffix = ".seven.json";

    public static bool IsSpec(AdditionalText file) => file.Path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    public static SpecReadResult Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString();
        if (text is null)
        {
            return Failed(file.Path, "the file could not be read");
        }

        try
        {
            return SpecReader.Read(file.Path, text, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw into the compiler: any failure becomes a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(file.Path, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static SpecReadResult Failed(string path, string reason) => new(
        path,
        null,
        new[] { new DiagnosticInfo(DiagnosticIds.InternalError, path, default(SourceSpan), new[] { reason }.ToEquatableArray()) }.ToEquatableArray(),
        EquatableArray<DeclaredType>.Empty);
}

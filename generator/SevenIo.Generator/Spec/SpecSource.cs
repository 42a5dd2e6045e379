using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Reads a spec from an additional file, turning any failure into a located diagnostic.</summary>
internal static class SpecSource
{
    public const string FileSuffix = ".seven.json";

    public static bool IsSpec(AdditionalText file) => file.Path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    public static SpecDocument Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return Failed(file.Path, "the file could not be read");
        }

        try
        {
            return DocumentReader.Read(file.Path, text, cancellationToken);
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

    private static SpecDocument Failed(string path, string reason) => new(
        path,
        null,
        EquatableArray<EnumDeclaration>.Empty,
        EquatableArray<ModelDeclaration>.Empty,
        EquatableArray<GroupDeclaration>.Empty,
        EquatableArray<string>.Empty,
        EquatableArray<string>.Empty,
        new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SpecLocation.StartOf(path), reason) }.ToEquatableArray());
}

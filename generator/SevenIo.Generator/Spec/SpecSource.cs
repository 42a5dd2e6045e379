using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Reads a spec from an additional file, turning any failure into a located diagnostic.</summary>
internal static class SpecSource
{
    public const string FileSuffix = ".seven.json";

    /// <summary>The MSBuild item metadata that marks the package's own spec files (made visible to the compiler by the package's props).</summary>
    public const string PackagedMetadata = "build_metadata.AdditionalFiles.SevenIoPackaged";

    public static bool IsSpec(AdditionalText file) => file.Path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    public static SpecDocument Read((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
    {
        var (file, options) = input;
        var isPackaged = options.GetOptions(file).TryGetValue(PackagedMetadata, out var packaged)
            && string.Equals(packaged, "true", StringComparison.OrdinalIgnoreCase);
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return Failed(file.Path, isPackaged, "the file could not be read");
        }

        try
        {
            return DocumentReader.Read(file.Path, text, isPackaged, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw into the compiler: any failure becomes a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(file.Path, isPackaged, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static SpecDocument Failed(string path, bool isPackaged, string reason) => new(
        path,
        isPackaged,
        null,
        null,
        EquatableArray<EnumDeclaration>.Empty,
        EquatableArray<ModelDeclaration>.Empty,
        EquatableArray<GroupDeclaration>.Empty,
        EquatableArray<EventDeclaration>.Empty,
        EquatableArray<string>.Empty,
        EquatableArray<string>.Empty,
        new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SpecLocation.StartOf(path), reason) }.ToEquatableArray());
}

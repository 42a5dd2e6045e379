using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;

namespace SevenIo.Generator.Reading;

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
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                // The compiler gives no text for a file that is missing, locked or unreadable, and says no more.
                return Failed(file.Path, isPackaged, DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnreadableSpec,
                    SpecLocation.StartOf(file.Path),
                    FileName(file.Path),
                    "it does not exist or cannot be opened; check the path of its AdditionalFiles item, and that no other program locks it"));
            }

            if (FirstUndecodable(text) is { } undecodable)
            {
                return Failed(file.Path, isPackaged, DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnreadableSpec,
                    SpecLocation.In(file.Path, text, new TextSpan(undecodable, 1)),
                    FileName(file.Path),
                    "it is not UTF-8 text (a byte here decodes to no character); save it as UTF-8"));
            }

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
            return Failed(file.Path, isPackaged, DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SpecLocation.StartOf(file.Path), $"{e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>Where a decoder put U+FFFD for bytes it could not decode; null when the text has none.</summary>
    private static int? FirstUndecodable(SourceText text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\uFFFD')
            {
                return i;
            }
        }

        return null;
    }

    private static string FileName(string path) => System.IO.Path.GetFileName(path);

    private static SpecDocument Failed(string path, bool isPackaged, DiagnosticInfo failure) => new(
        path,
        isPackaged,
        0,
        null,
        null,
        EquatableArray<EnumDeclaration>.Empty,
        EquatableArray<ModelDeclaration>.Empty,
        EquatableArray<GroupDeclaration>.Empty,
        EquatableArray<EventDeclaration>.Empty,
        EquatableArray<string>.Empty,
        EquatableArray<string>.Empty,
        new[] { failure }.ToEquatableArray());
}

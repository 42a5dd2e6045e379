using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Emit;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;
using SevenIo.Generator.Spec;

namespace SevenIo.Generator;

/// <summary>
/// Generates a typed client from every additional file named <c>*.seven.json</c>.
/// spec text → <see cref="SpecReader"/> → equatable model → one unit per file → emitter → AddSource.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SevenIoGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Where(SpecSource.IsSpec)
            .Select(SpecSource.Read)
            .WithTrackingName(TrackingNames.Specs);

        var specDiagnostics = specs
            .SelectMany(static (spec, _) => spec.Diagnostics)
            .WithTrackingName(TrackingNames.SpecDiagnostics);
        context.RegisterSourceOutput(specDiagnostics, static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));

        var conflicts = specs
            .Collect()
            .Select(static (all, _) => TypeConflict.Find(all))
            .WithTrackingName(TrackingNames.TypeConflicts);
        context.RegisterSourceOutput(conflicts, static (output, found) =>
        {
            foreach (var conflict in found)
            {
                output.ReportDiagnostic(conflict.ToDiagnostic().ToDiagnostic());
            }
        });

        // Only the files to leave out, without spans, so that moving text around keeps every unit cached.
        var excluded = conflicts.Select(static (found, _) => found.Select(c => c.LoserPath + "|" + c.HintName).ToEquatableArray());

        var codeStyle = context.ParseOptionsProvider
            .Select(static (options, _) => new CodeStyle(
                NullableAnnotations: options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8))
            .WithTrackingName(TrackingNames.CodeStyle);

        var compilationFacts = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFacts.From(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);

        var units = specs
            .Combine(compilationFacts)
            .SelectMany(static (item, _) => GenerationUnits.From(item.Left.FilePath, item.Left.Model, item.Right))
            .WithTrackingName(TrackingNames.Units);

        var output = units
            .Combine(codeStyle)
            .Combine(excluded)
            .WithTrackingName(TrackingNames.Output);
        context.RegisterSourceOutput(output, static (context, item) =>
        {
            var ((unit, style), skip) = item;
            if (!skip.Contains(unit.SpecPath + "|" + unit.HintName))
            {
                Emit(context, unit, style);
            }
        });
    }

    private static void Emit(SourceProductionContext context, GenerationUnit unit, CodeStyle style)
    {
        string source;
        try
        {
            source = FileEmitter.Emit(unit, style);
        }
#pragma warning disable CA1031 // The generator must never throw into the compiler: any failure becomes a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var info = new DiagnosticInfo(DiagnosticIds.InternalError, unit.SpecPath, default(SourceSpan), new[] { $"{e.GetType().Name} while emitting {unit.HintName}: {e.Message}" }.ToEquatableArray());
            context.ReportDiagnostic(info.ToDiagnostic());
            return;
        }

        context.AddSource(unit.HintName, source);
    }
}

using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SevenIo.Generator.Building;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Emitting;
using SevenIo.Generator.Planning;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator;

/// <summary>
/// Generates a typed client from every additional file named <c>*.seven.json</c>:
/// each file is read on its own into declarations → the files meet and every C# name is decided →
/// the list of files to generate is made once → each file is emitted and added.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SevenIoGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var documents = context.AdditionalTextsProvider
            .Where(SpecSource.IsSpec)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(SpecSource.Read)
            .WithTrackingName(TrackingNames.Documents);
        context.RegisterSourceOutput(documents.SelectMany(static (document, _) => document.Diagnostics), Report);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => BuildSettings.From(options.GlobalOptions.TryGetValue("build_property.SevenIoGroups", out var groups) ? groups : null))
            .WithTrackingName(TrackingNames.Settings);

        var build = documents
            .Collect()
            .Combine(settings)
            .Select(static (item, cancellationToken) => SpecBuild.From(item.Left, item.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Build);
        context.RegisterSourceOutput(build.SelectMany(static (built, _) => built.Diagnostics), Report);

        var facts = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFacts.From(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);

        var referenced = build
            .Combine(context.CompilationProvider)
            .Select(static (item, _) => ReferencedTypes.Find(item.Left.Clients, item.Right))
            .WithTrackingName(TrackingNames.ReferencedTypes);

        // Locations stay behind here: the units carry none, so moving spec text around re-emits nothing.
        var plan = build
            .Combine(facts)
            .Combine(referenced)
            .Select(static (item, _) => GenerationPlan.Create(item.Left.Left.Clients, item.Left.Right, item.Right))
            .WithTrackingName(TrackingNames.Plan);
        context.RegisterSourceOutput(plan.SelectMany(static (created, _) => created.Conflicts), Report);

        var codeStyle = context.ParseOptionsProvider
            .Select(static (options, _) => new CodeStyle(
                NullableAnnotations: options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8))
            .WithTrackingName(TrackingNames.CodeStyle);

        var units = plan
            .SelectMany(static (created, _) => created.Units)
            .Combine(codeStyle)
            .WithTrackingName(TrackingNames.Units);
        context.RegisterSourceOutput(units, static (output, item) => Emit(output, item.Left, item.Right));
    }

    private static void Report(SourceProductionContext context, DiagnosticInfo diagnostic) => context.ReportDiagnostic(diagnostic.ToDiagnostic());

    /// <summary>Emits one file and adds it; any failure of either becomes SEVEN014 at the spec, never an exception into the compiler.</summary>
    private static void Emit(SourceProductionContext context, GenerationUnit unit, CodeStyle style)
    {
        try
        {
            context.AddSource(unit.HintName, FileEmitter.Emit(unit, style));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw into the compiler: any failure becomes a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var reason = $"{e.GetType().Name} while emitting {unit.HintName}: {e.Message}";
            Report(context, DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SpecLocation.StartOf(unit.SpecPath), reason));
        }
    }
}

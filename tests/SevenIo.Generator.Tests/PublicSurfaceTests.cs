using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// What users compile against when they add the package: every public and protected type and member
/// that the canonical spec generates (with ASP.NET Core referenced, so the dependency-injection and
/// webhook endpoint extensions are in it), one per line in Snapshots/PublicSurface.txt. A spec or
/// emitter change that alters it fails here until that file is updated
/// (SEVEN_UPDATE_SNAPSHOTS=1), so the change shows up in review as a diff of that one file.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly string SurfaceFile = Path.Combine(Snapshots.Directory(string.Empty), "PublicSurface.txt");

    private static readonly SymbolDisplayFormat Format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeConstantValue | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue
            | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    [Fact]
    public void The_canonical_spec_generates_exactly_the_committed_public_surface()
    {
        var actual = Surface();
        if (Snapshots.UpdateRequested)
        {
            File.WriteAllText(SurfaceFile, Text(actual));
        }

        var expected = File.ReadAllText(SurfaceFile).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != Text(actual))
        {
            var expectedLines = Entries(expected.Split('\n'));
            var actualLines = Entries(Text(actual).Split('\n'));
            Assert.Fail(
                $"The generated public surface changed; if you meant it, run the tests with SEVEN_UPDATE_SNAPSHOTS=1 and review the diff of {SurfaceFile}.\n"
                + string.Concat(actualLines.Except(expectedLines).Select(line => "+ " + line + "\n"))
                + string.Concat(expectedLines.Except(actualLines).Select(line => "- " + line + "\n")));
        }
    }

    [Fact]
    public void The_surface_lists_types_members_and_the_framework_extensions()
    {
        var surface = Surface();

        Assert.Contains("public class SevenIo.SevenClient", surface.Keys);
        Assert.Contains("public virtual System.Threading.Tasks.Task<SevenIo.HookResult> CreateAsync(string targetUrl, SevenIo.HookEventType eventType, string? headers = null, string? eventFilter = null, SevenIo.HookRequestMethod? requestMethod = null, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken))", surface["public class SevenIo.HooksClient"]);
        Assert.Contains("public bool? Enabled { get; set; }", surface["public class SevenIo.Hook"]);
        Assert.Contains("public sealed class SevenIo.SmsMoEvent : SevenIo.WebhookEvent", surface.Keys);
        Assert.Contains(surface.Values.SelectMany(m => m), line => line.Contains("AddSevenClient(this Microsoft.Extensions.DependencyInjection.IServiceCollection services", StringComparison.Ordinal));
        Assert.Contains(surface.Values.SelectMany(m => m), line => line.Contains("MapSevenWebhooks(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints", StringComparison.Ordinal));
        Assert.DoesNotContain(surface.Values.SelectMany(m => m), line => line.StartsWith("internal ", StringComparison.Ordinal) || line.StartsWith("private ", StringComparison.Ordinal));
    }

    /// <summary>Each generated public type's declaration, with its visible members, sorted.</summary>
    private static SortedDictionary<string, List<string>> Surface()
    {
        var specs = GeneratorHarness.CanonicalSpecs();
        var compilation = GeneratorHarness.Compilation().AddReferences(GeneratorHarness.AspNetCoreReferences);
        GeneratorHarness.Driver(specs, (CSharpParseOptions)compilation.SyntaxTrees[0].Options, options: GeneratorHarness.Packaged(specs))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).ToHashSet();

        var surface = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var type in Types(output.Assembly.GlobalNamespace).Where(t => t.DeclaringSyntaxReferences.Any(r => generated.Contains(r.SyntaxTree)) && IsVisible(t)))
        {
            surface.Add(Declaration(type), type.GetMembers()
                .Where(m => IsVisible(m) && m is not INamedTypeSymbol && !IsAccessor(m))
                .Select(m => m.ToDisplayString(Format))
                .Order(StringComparer.Ordinal)
                .ToList());
        }

        return surface;
    }

    private static string Text(SortedDictionary<string, List<string>> surface) =>
        string.Concat(surface.Select(type => type.Key + "\n" + string.Concat(type.Value.Select(member => "    " + member + "\n")) + "\n"));

    /// <summary>Lines of the file with the type they belong to, for a readable failure.</summary>
    private static List<string> Entries(IEnumerable<string> lines)
    {
        var entries = new List<string>();
        var type = string.Empty;
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            if (line.StartsWith("    ", StringComparison.Ordinal))
            {
                entries.Add(type + " :: " + line.Trim());
            }
            else
            {
                type = line;
                entries.Add(line);
            }
        }

        return entries;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
        ns.GetTypeMembers().SelectMany(Nested).Concat(ns.GetNamespaceMembers().SelectMany(Types));

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) => new[] { type }.Concat(type.GetTypeMembers().SelectMany(Nested));

    private static string Declaration(INamedTypeSymbol type)
    {
        var modifiers = (type.IsStatic ? "static " : string.Empty)
            + (type.IsAbstract && type.TypeKind == TypeKind.Class && !type.IsStatic ? "abstract " : string.Empty)
            + (type.IsSealed && type.TypeKind == TypeKind.Class && !type.IsStatic ? "sealed " : string.Empty);
        var bases = new[] { type.BaseType }
            .Where(b => b is not null && b.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum))
            .Concat(type.Interfaces)
            .Select(b => b!.ToDisplayString(Format.WithKindOptions(SymbolDisplayKindOptions.None)))
            .ToList();
        return $"{Accessibility(type)} {modifiers}{type.ToDisplayString(Format)}" + (bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases));
    }

    private static string Accessibility(ISymbol symbol) => symbol.DeclaredAccessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Public => "public",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
        _ => "protected internal",
    };

    private static bool IsVisible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Microsoft.CodeAnalysis.Accessibility.Public or Microsoft.CodeAnalysis.Accessibility.Protected or Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal
        && (symbol.ContainingType is null || IsVisible(symbol.ContainingType));

    private static bool IsAccessor(ISymbol member) => member is IMethodSymbol { AssociatedSymbol: not null };
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SevenIo.Testing;

/// <summary>
/// Metadata references for compiling generated code: the installed .NET reference pack (works
/// offline, no package download), or the running framework's assemblies when no pack is installed.
/// </summary>
public static class NetReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyAll = new(Load);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyAspNetCore = new(LoadAspNetCore);

    /// <summary>The framework references.</summary>
    public static IReadOnlyList<MetadataReference> All => LazyAll.Value;

    /// <summary>ASP.NET Core's shared framework (its reference pack, or the installed framework itself), on top of <see cref="All"/>.</summary>
    public static IReadOnlyList<MetadataReference> AspNetCore => LazyAspNetCore.Value;

    private static string DotnetRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    private static MetadataReference[] Load()
    {
        var paths = FromReferencePack("Microsoft.NETCore.App.Ref") ?? FromRunningFramework();
        return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();
    }

    private static MetadataReference[] LoadAspNetCore()
    {
        var paths = FromReferencePack("Microsoft.AspNetCore.App.Ref") ?? FromSharedFramework("Microsoft.AspNetCore.App")
            ?? throw new InvalidOperationException("Neither ASP.NET Core's reference pack nor its shared framework is installed.");
        return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();
    }

    private static string[]? FromSharedFramework(string name)
    {
        var shared = Path.Combine(DotnetRoot, "shared", name);
        var directory = Directory.Exists(shared)
            ? Directory.GetDirectories(shared).Where(d => Path.GetFileName(d).StartsWith(Environment.Version.Major + ".", StringComparison.Ordinal)).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return directory is null ? null : Directory.GetFiles(directory, "*.dll");
    }

    private static string[]? FromReferencePack(string pack)
    {
        var packs = Path.Combine(DotnetRoot, "packs", pack);
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var major = Environment.Version.Major;
        var refDirectory = Directory.GetDirectories(packs)
            .Select(version => Path.Combine(version, "ref", $"net{major}.0"))
            .Where(Directory.Exists)
            .OrderByDescending(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
        return refDirectory is null ? null : Directory.GetFiles(refDirectory, "*.dll");
    }

    private static string[] FromRunningFramework() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .ToArray();
}

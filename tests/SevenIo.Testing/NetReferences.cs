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

    /// <summary>The framework references.</summary>
    public static IReadOnlyList<MetadataReference> All => LazyAll.Value;

    private static MetadataReference[] Load()
    {
        var paths = FromReferencePack() ?? FromRunningFramework();
        return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();
    }

    private static string[]? FromReferencePack()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
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

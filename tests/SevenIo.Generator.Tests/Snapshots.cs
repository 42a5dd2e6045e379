using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SevenIo.Testing;

namespace SevenIo.Generator.Tests;

/// <summary>
/// The committed expected output of the generator. Set SEVEN_UPDATE_SNAPSHOTS=1 to rewrite them from
/// the current generator, then read the diff as code before committing it.
/// </summary>
internal static class Snapshots
{
    public static bool UpdateRequested => Environment.GetEnvironmentVariable("SEVEN_UPDATE_SNAPSHOTS") == "1";

    public static string Directory(string variant) => RepositoryPaths.Combine("tests", "SevenIo.Generator.Tests", "Snapshots", variant);

    public static IReadOnlyList<(string HintName, string Text)> Read(string variant) =>
        System.IO.Directory.GetFiles(Directory(variant), "*.g.cs")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray();

    public static void Write(string variant, GeneratorRunResult result)
    {
        var directory = Directory(variant);
        System.IO.Directory.CreateDirectory(directory);
        foreach (var stale in System.IO.Directory.GetFiles(directory, "*.g.cs"))
        {
            File.Delete(stale);
        }

        foreach (var source in result.GeneratedSources)
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
        }
    }
}

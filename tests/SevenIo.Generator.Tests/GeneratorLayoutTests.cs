using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SevenIo.Testing;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// The generator's folders are its stages (docs/architecture.md): each folder is one namespace and
/// imports only the stages before it, so the data flow reads from the folder list and no folder cycle creeps in.
/// </summary>
public sealed class GeneratorLayoutTests
{
    private static readonly Dictionary<string, string[]> MayImport = new(StringComparer.Ordinal)
    {
        ["Collections"] = [],
        ["Contract"] = [],
        ["Json"] = [],
        ["Diagnostics"] = ["Collections"],
        ["Model"] = ["Collections", "Diagnostics"],
        ["Reading"] = ["Collections", "Diagnostics", "Json", "Model"],
        ["Building"] = ["Collections", "Contract", "Diagnostics", "Json", "Model", "Reading"],
        ["Planning"] = ["Collections", "Diagnostics", "Model"],
        ["Emitting"] = ["Collections", "Contract", "Diagnostics", "Model", "Planning"],
        ["Polyfills"] = [],
    };

    private static readonly string Generator = RepositoryPaths.Combine("generator", "SevenIo.Generator");

    [Fact]
    public void Every_folder_is_one_namespace_and_imports_only_the_stages_before_it()
    {
        var folders = Directory.GetDirectories(Generator)
            .Where(d => Path.GetFileName(d) is not ("bin" or "obj") && Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories).Any())
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(MayImport.Keys.Order(StringComparer.Ordinal), folders);

        var problems = new List<string>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Generator, folder!), "*.cs", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                var name = folder + "/" + Path.GetFileName(file);
                var ns = Regex.Match(text, @"^namespace ([\w.]+);", RegexOptions.Multiline).Groups[1].Value;
                if (folder != "Polyfills" && ns != "SevenIo.Generator." + folder)
                {
                    problems.Add($"{name} is in namespace '{ns}'");
                }

                foreach (Match used in Regex.Matches(text, @"\bSevenIo\.Generator\.(\w+)\b"))
                {
                    var stage = used.Groups[1].Value;
                    if (stage != folder && MayImport.ContainsKey(stage) && !MayImport[folder!].Contains(stage))
                    {
                        problems.Add($"{name} uses {stage}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_import_rules_have_no_cycle()
    {
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string stage, string path)
        {
            Assert.True(visiting.Add(stage), "cycle: " + path);
            foreach (var next in MayImport[stage])
            {
                Visit(next, path + " -> " + next);
            }

            visiting.Remove(stage);
        }

        foreach (var stage in MayImport.Keys)
        {
            Visit(stage, stage);
        }
    }
}

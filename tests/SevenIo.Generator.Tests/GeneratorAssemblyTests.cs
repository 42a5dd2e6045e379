using System.Linq;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// The generator runs inside every IDE's and SDK's compiler host; an assembly it needs beyond what
/// the host already has is the classic "works on the command line, not in the IDE" failure.
/// </summary>
public sealed class GeneratorAssemblyTests
{
    [Fact]
    public void The_generator_references_nothing_but_the_compiler_and_what_the_compiler_ships()
    {
        var references = typeof(SevenIoGenerator).Assembly.GetReferencedAssemblies().Select(a => a.Name).OrderBy(n => n).ToList();

        Assert.All(references, name => Assert.Contains(name, new[]
        {
            "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Memory",
        }));
        Assert.DoesNotContain("SevenIo.Runtime", references);
        Assert.DoesNotContain("System.Text.Json", references);
    }

    [Fact]
    public void The_generator_targets_netstandard2_0_and_roslyn_4_8()
    {
        var assembly = typeof(SevenIoGenerator).Assembly;
        var framework = assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single();
        var roslyn = assembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis");

        Assert.Equal(".NETStandard,Version=v2.0", framework.FrameworkName);
        Assert.Equal(new System.Version(4, 8, 0, 0), roslyn.Version);
    }
}

using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis.MSBuild;
using SevenIo.Testing;
using Xunit;

namespace SevenIo.IdeView.Tests;

/// <summary>
/// Opens the sample project the way IDEs do (an MSBuild workspace over the installed SDK) and finds
/// the generated files under the names the README promises.
/// </summary>
public sealed class IdeViewTests
{
    private static readonly Lazy<VisualStudioInstance> Registered = new(MSBuildLocator.RegisterDefaults);

    [Fact]
    public async Task The_sample_projects_source_generated_documents_have_stable_readable_names()
    {
        // The locator must have found the SDK that global.json selects, as an IDE on this machine would.
        var msbuild = Registered.Value;
        Assert.Equal(DiscoveryType.DotNetSdk, msbuild.DiscoveryType);
        Assert.True(msbuild.Version.Major >= 10, $"MSBuild {msbuild.Version} is older than the .NET 10 SDK's");
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(msbuild.MSBuildPath, "Microsoft.Build.dll")), msbuild.MSBuildPath);
        var names = await SourceGeneratedDocumentNamesAsync(RepositoryPaths.Combine("samples", "SevenIo.Hooks.Sample", "SevenIo.Hooks.Sample.csproj"));

        // The sample sees Microsoft.Extensions.Http through the emulator's ASP.NET Core framework reference,
        // so the dependency-injection extension is generated too; it generates the whole gateway. It does not
        // reference the ASP.NET Core companion, so no receiving endpoint is generated.
        Assert.Subset(
            new System.Collections.Generic.HashSet<string>(names),
            new System.Collections.Generic.HashSet<string>
            {
                "Microsoft.Extensions.DependencyInjection.SevenClientServiceCollectionExtensions.g.cs",
                "SevenIo.Hook.g.cs", "SevenIo.HookEventType.g.cs", "SevenIo.HookJson.g.cs", "SevenIo.HookRequestMethod.g.cs",
                "SevenIo.HookResult.g.cs", "SevenIo.HookResultJson.g.cs", "SevenIo.HooksClient.g.cs", "SevenIo.SevenClient.g.cs",
                "SevenIo.SevenClientOptions.g.cs", "SevenIo.SmsClient.g.cs", "SevenIo.BalanceClient.g.cs", "SevenIo.Balance.g.cs",
                "SevenIo.WebhookEvent.g.cs", "SevenIo.SmsMoEvent.g.cs", "SevenIo.SevenWebhooks.g.cs",
            });
        Assert.All(names, name => Assert.Matches(@"^(SevenIo|Microsoft\.Extensions\.DependencyInjection|Microsoft\.AspNetCore\.Builder)\.[A-Za-z]+\.g\.cs$", name));
        Assert.DoesNotContain("Microsoft.AspNetCore.Builder.SevenWebhooksEndpointRouteBuilderExtensions.g.cs", names);
        Assert.True(names.Length > 100, $"{names.Length} generated documents; the whole gateway has more");
    }

    // Kept out of the test method so that no MSBuild type is touched before the locator has registered.
    private static async Task<string[]> SourceGeneratedDocumentNamesAsync(string projectPath)
    {
        using var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(projectPath);
        var failures = workspace.Diagnostics.Where(d => d.Kind == Microsoft.CodeAnalysis.WorkspaceDiagnosticKind.Failure).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(d => d.Message)));
        var documents = await project.GetSourceGeneratedDocumentsAsync();
        return documents.Select(d => d.HintName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }
}

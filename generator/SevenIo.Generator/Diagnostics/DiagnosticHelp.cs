using System.Linq;
using System.Reflection;

namespace SevenIo.Generator.Diagnostics;

/// <summary>
/// Where a diagnostic's explanation is: a help link into the project's repository when the build
/// that made the generator named one (MSBuild property <c>SevenIoRepositoryUrl</c>), otherwise the
/// catalogue shipped in the package, named in the message. Never an address nobody set.
/// </summary>
internal static class DiagnosticHelp
{
    /// <summary>The catalogue of every ID, in the repository and in the package.</summary>
    public const string Catalogue = "docs/diagnostics.md";

    /// <summary>The repository the generator was built for, without a trailing slash; empty when none was set.</summary>
    public static string RepositoryUrl { get; } =
        typeof(DiagnosticHelp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "SevenIoRepositoryUrl")?.Value?.Trim().TrimEnd('/') ?? string.Empty;

    /// <summary>The help link of an ID: its section of the catalogue in the repository; empty without a repository.</summary>
    public static string Link(string id, string repositoryUrl) =>
        repositoryUrl.Length == 0 ? string.Empty : $"{repositoryUrl}/blob/main/{Catalogue}#{id.ToLowerInvariant()}";

    /// <summary>The message format: as given when there is a link; otherwise it says where the ID is explained.</summary>
    public static string Message(string id, string message, string repositoryUrl) =>
        repositoryUrl.Length == 0 ? $"{message} (see {id} in {Catalogue} in the SevenIo.Generator package)" : message;
}

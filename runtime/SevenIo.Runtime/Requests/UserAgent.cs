using System.Reflection;

namespace SevenIo.Runtime;

/// <summary>The product token every request carries: <c>SevenIo/&lt;version&gt;</c>.</summary>
internal static class UserAgent
{
    public static readonly string Version = ReadVersion();

    public static readonly string Value = "SevenIo/" + Version;

    private static string ReadVersion()
    {
        var assembly = typeof(UserAgent).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        // Drop the "+commit" build metadata the SDK appends.
        var plus = informational!.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}

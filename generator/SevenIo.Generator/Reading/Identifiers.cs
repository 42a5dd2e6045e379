using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace SevenIo.Generator.Reading;

/// <summary>Checks the names and addresses a spec gives.</summary>
internal static class Identifiers
{
    /// <summary>
    /// Whether the name can name a type: a valid identifier that is not all lower-case ASCII, which
    /// C# reserves for future keywords (warning CS8981; <c>required</c>, <c>file</c> and <c>scoped</c> are already errors).
    /// </summary>
    public static bool IsValidTypeName(string name) =>
        IsValidIdentifier(name) && !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    /// <summary>Whether the name can be used as a C# identifier once keywords are escaped with '@'.</summary>
    public static bool IsValidIdentifier(string name) => SyntaxFacts.IsValidIdentifier(name);

    /// <summary>An identifier, or identifiers separated by dots (<c>SevenIo.SevenClient</c>).</summary>
    public static bool IsQualifiedName(string name) => name.Split('.').All(IsValidIdentifier);

    /// <summary>An absolute http or https address.</summary>
    public static bool IsHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

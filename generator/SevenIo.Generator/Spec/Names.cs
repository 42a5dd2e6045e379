using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SevenIo.Generator.Spec;

/// <summary>Turns wire names into C# names and checks identifiers.</summary>
internal static class Names
{
    /// <summary>
    /// <c>sms_mo</c> → <c>SmsMo</c>, <c>JSON</c> → <c>Json</c>, <c>targetUrl</c> → <c>TargetUrl</c>,
    /// <c>a-b</c> → <c>AB</c>, <c>$ref</c> → <c>Ref</c>: every character that cannot be part of an
    /// identifier separates words. The result may still be no identifier (<c>2fa</c>, <c>$</c>).
    /// </summary>
    public static string ToPascalCase(string wireName)
    {
        var builder = new StringBuilder(wireName.Length);
        var wordStart = 0;
        for (var i = 0; i <= wireName.Length; i++)
        {
            if (i < wireName.Length && IsWordCharacter(wireName[i]))
            {
                continue;
            }

            if (i > wordStart)
            {
                var word = wireName.Substring(wordStart, i - wordStart);
                var allUpper = !word.Any(char.IsLower);
                builder.Append(char.ToUpperInvariant(word[0]));
                builder.Append(allUpper ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
            }

            wordStart = i + 1;
        }

        return builder.ToString();
    }

    /// <summary><c>target_url</c> → <c>targetUrl</c>.</summary>
    public static string ToCamelCase(string wireName)
    {
        var pascal = ToPascalCase(wireName);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

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

    public static bool IsHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Letters (any script), digits and '_' except as a separator: what may stay inside a C# name.</summary>
    private static bool IsWordCharacter(char c) => c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsControl(c);
}

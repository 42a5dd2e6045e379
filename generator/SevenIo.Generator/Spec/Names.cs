using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SevenIo.Generator.Spec;

/// <summary>Turns wire names into C# names and checks identifiers.</summary>
internal static class Names
{
    private static readonly char[] Separators = { '_', '-', '.', ' ', '/', ':' };

    /// <summary><c>sms_mo</c> → <c>SmsMo</c>, <c>JSON</c> → <c>Json</c>, <c>targetUrl</c> → <c>TargetUrl</c>.</summary>
    public static string ToPascalCase(string wireName)
    {
        if (IsOneMixedCaseWord(wireName) && char.IsUpper(wireName[0]))
        {
            return wireName;
        }

        var builder = new StringBuilder(wireName.Length);
        foreach (var segment in wireName.Split(Separators, System.StringSplitOptions.RemoveEmptyEntries))
        {
            var allUpper = !segment.Any(char.IsLower);
            builder.Append(char.ToUpperInvariant(segment[0]));
            builder.Append(allUpper ? segment.Substring(1).ToLowerInvariant() : segment.Substring(1));
        }

        return builder.ToString();
    }

    /// <summary><c>target_url</c> → <c>targetUrl</c>.</summary>
    public static string ToCamelCase(string wireName)
    {
        if (IsOneMixedCaseWord(wireName) && char.IsLower(wireName[0]))
        {
            return wireName;
        }

        var pascal = ToPascalCase(wireName);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>A name the conversions keep as it is (apart from its first letter): no separators, and not all upper case.</summary>
    private static bool IsOneMixedCaseWord(string name) =>
        name.Length > 0 && name.IndexOfAny(Separators) < 0 && name.Any(char.IsLower);

    /// <summary>
    /// Whether the name can name a type: a valid identifier that is not all lower-case ASCII, which
    /// C# reserves for future keywords (warning CS8981; <c>required</c>, <c>file</c> and <c>scoped</c> are already errors).
    /// </summary>
    public static bool IsValidTypeName(string name) =>
        IsValidIdentifier(name) && !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    /// <summary>Whether the name can be used as a C# identifier once keywords are escaped with '@'.</summary>
    public static bool IsValidIdentifier(string name) => SyntaxFacts.IsValidIdentifier(name);

    /// <summary>The identifier as it is written in C#: keywords get an '@'.</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
}

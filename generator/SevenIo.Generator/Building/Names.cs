using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SevenIo.Generator.Building;

/// <summary>Turns wire names into C# names.</summary>
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

    /// <summary>Letters (any script), digits and '_' except as a separator: what may stay inside a C# name.</summary>
    private static bool IsWordCharacter(char c) => c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsControl(c);
}

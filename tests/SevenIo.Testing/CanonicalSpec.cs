using System;
using System.IO;
using System.Linq;

namespace SevenIo.Testing;

/// <summary>The package's spec files: the one that declares the client, and one per group of the gateway.</summary>
public static class CanonicalSpec
{
    /// <summary>The file that declares the client.</summary>
    public const string ClientFile = "seven.seven.json";

    /// <summary>Every spec file, by full path, in file name order.</summary>
    public static string[] Files => Directory.GetFiles(RepositoryPaths.Combine("spec"), "*.seven.json").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    /// <summary>A spec file's text by file name, e.g. <c>hooks.seven.json</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The text.</returns>
    public static string Read(string fileName) => File.ReadAllText(RepositoryPaths.Combine("spec", fileName));

    /// <summary>
    /// A group's file made standalone: its <c>"client": "SevenClient"</c> replaced by the client
    /// declaration of <see cref="ClientFile"/>, the rest of the text exactly as in the group's file.
    /// </summary>
    /// <param name="fileName">The group's file name.</param>
    /// <returns>The spec text.</returns>
    public static string Standalone(string fileName)
    {
        var client = Read(ClientFile);
        var start = client.IndexOf("\"client\": {", StringComparison.Ordinal);
        var end = MatchingBrace(client, client.IndexOf('{', start));
        var group = Read(fileName);
        const string reference = "\"client\": \"SevenClient\"";
        var at = group.IndexOf(reference, StringComparison.Ordinal);
        return string.Concat(group.AsSpan(0, at), client.AsSpan(start, end + 1 - start), group.AsSpan(at + reference.Length));
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '{' && ++depth > 0)
            {
                continue;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Unbalanced braces in the client declaration.");
    }
}

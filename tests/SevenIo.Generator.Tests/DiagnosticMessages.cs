using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SevenIo.Generator.Diagnostics;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// A diagnostic's own words: without a repository address (the default build) every SEVEN message
/// ends by naming the catalogue in the package; this checks that ending and leaves it off, so that
/// tests state only what is particular to each diagnostic.
/// </summary>
internal static class DiagnosticMessages
{
    public static string SpecMessage(this Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (DiagnosticHelp.RepositoryUrl.Length > 0)
        {
            return message;
        }

        var ending = $" (see {diagnostic.Id} in docs/diagnostics.md in the SevenIo.Generator package)";
        Assert.EndsWith(ending, message, StringComparison.Ordinal);
        return message.Substring(0, message.Length - ending.Length);
    }
}

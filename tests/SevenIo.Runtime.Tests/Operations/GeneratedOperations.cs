using System;
using System.Collections.Generic;
using System.Linq;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// The operations of the generated client, as <c>Group.Operation</c>, read from the client's types:
/// each method that sends one request. The paged methods (<c>IAsyncEnumerable</c>) call those and are none.
/// </summary>
internal static class GeneratedOperations
{
    public static IReadOnlyList<string> All { get; } = typeof(SevenClient).Assembly.GetTypes()
        .Where(t => t.Namespace == "SevenIo" && t.Name.EndsWith("Client", StringComparison.Ordinal) && t != typeof(SevenClient))
        .SelectMany(t => t.GetMethods()
            .Where(m => m.DeclaringType == t && m.Name.EndsWith("Async", StringComparison.Ordinal) && m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(System.Threading.Tasks.Task<>))
            .Select(m => t.Name[..^"Client".Length] + "." + m.Name[..^"Async".Length]))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToArray();
}

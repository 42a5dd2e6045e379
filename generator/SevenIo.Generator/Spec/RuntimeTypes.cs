using System;
using System.Collections.Generic;

namespace SevenIo.Generator.Spec;

/// <summary>
/// The public names of the runtime library: a generated type with the same full name would clash
/// with it (or hide the runtime's namespace from the generated code).
/// </summary>
internal static class RuntimeTypes
{
    private static readonly (string Namespace, string Name)[] Taken =
    {
        ("SevenIo", "Runtime"),
        ("SevenIo", "SevenApiException"),
        ("SevenIo", "HeaderLines"),
    };

    public static IEnumerable<(string Name, string Owner)> In(string ns)
    {
        foreach (var (takenNamespace, name) in Taken)
        {
            if (string.Equals(takenNamespace, ns, StringComparison.Ordinal))
            {
                yield return (name, $"the runtime library's {takenNamespace}.{name}");
            }
        }
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SevenIo.Benchmarks.Generator;

/// <summary>
/// The floor for a generator run: adds files with the same hint names and lengths as a real run
/// produced, each a new string, and does nothing else. What any generator emitting that much code
/// pays to the driver and to the collector (the driver keeps every output alive).
/// </summary>
public sealed class SameOutputGenerator(IReadOnlyList<(string HintName, int Length)> files) : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterSourceOutput(context.AdditionalTextsProvider, (output, _) =>
        {
            foreach (var (hintName, length) in files)
            {
                output.AddSource(hintName, new string('/', length));
            }
        });
}

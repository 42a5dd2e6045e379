using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>The spec files, read one by one, meet here and become the clients to generate.</summary>
/// <param name="Clients">Every client, with every C# name decided.</param>
/// <param name="Diagnostics">What was found once the files met.</param>
internal sealed record SpecBuild(EquatableArray<GeneratedClient> Clients, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static SpecBuild From(ImmutableArray<SpecDocument> documents, CancellationToken cancellationToken)
    {
        var diagnostics = new BuildDiagnostics();
        var clients = new System.Collections.Generic.List<GeneratedClient>();
        foreach (var document in documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.Client is not { } client)
            {
                continue;
            }

            try
            {
                if (ClientBuilder.Build(client, new[] { document }, diagnostics) is { } built)
                {
                    clients.Add(built);
                }
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // The generator must never throw into the compiler: any failure becomes a diagnostic.
            catch (Exception e)
#pragma warning restore CA1031
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, client.At.Location, $"{e.GetType().Name} while building {client.Namespace}.{client.Name}: {e.Message}"));
            }
        }

        return new SpecBuild(clients.ToEquatableArray(), diagnostics.ToArray());
    }
}

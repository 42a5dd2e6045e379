using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>
/// The spec files, read one by one, meet here and become the clients to generate. A file either
/// declares a client (<c>"client": { ... }</c>) or adds to one (<c>"client": "SevenClient"</c>): the
/// package's files (split by group) and a user's overlay all add to the client one file declares.
/// </summary>
/// <param name="Clients">Every client, with every C# name decided.</param>
/// <param name="Diagnostics">What was found once the files met.</param>
internal sealed record SpecBuild(EquatableArray<GeneratedClient> Clients, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static SpecBuild From(ImmutableArray<SpecDocument> documents, BuildSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new BuildDiagnostics();

        // The package's files first, so that a user's copy of one is the second declaration, not the first;
        // the package's in path order (it names them), the user's by what they declare, then by content,
        // so that renaming one changes nothing and editing a description or a parameter moves nothing.
        var ordered = documents
            .OrderBy(d => d.IsPackaged ? 0 : 1)
            .ThenBy(d => d.IsPackaged ? string.Empty : MergeKey(d), StringComparer.Ordinal)
            .ThenBy(d => d.IsPackaged ? 0 : d.ContentHash)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
        var declared = new Dictionary<string, (ClientDeclaration Client, List<SpecDocument> Documents)>(StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            if (document.Client is not { } client)
            {
                continue;
            }

            if (declared.TryGetValue(client.FullName, out var first))
            {
                diagnostics.Report(DiagnosticDescriptors.ClientDeclaredTwice, client.At, client.FullName, first.Client.At.Location.Path, client.Name);
                continue;
            }

            declared.Add(client.FullName, (client, new List<SpecDocument> { document }));
        }

        foreach (var document in ordered)
        {
            if (document.Extends is { } reference && Find(declared, reference, diagnostics) is { } target)
            {
                target.Add(document);
            }
        }

        var clients = new List<GeneratedClient>();
        foreach (var (client, clientDocuments) in declared.Values.OrderBy(c => c.Documents[0].Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (ClientBuilder.Build(client, clientDocuments, settings, diagnostics) is { } built)
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
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, client.At.Location, $"{e.GetType().Name} while building {client.FullName}: {e.Message}"));
            }
        }

        return new SpecBuild(clients.ToEquatableArray(), diagnostics.ToArray());
    }

    /// <summary>The documents of the client a file adds to: by full name, or by class name when only one client has it.</summary>
    private static List<SpecDocument>? Find(Dictionary<string, (ClientDeclaration Client, List<SpecDocument> Documents)> declared, ClientReference reference, BuildDiagnostics diagnostics)
    {
        if (declared.TryGetValue(reference.Name, out var exact))
        {
            return exact.Documents;
        }

        var byName = declared.Values.Where(c => c.Client.Name == reference.Name).ToList();
        if (byName.Count == 1)
        {
            return byName[0].Documents;
        }

        var known = declared.Count == 0 ? "no spec declares a client" : "the clients are " + string.Join(", ", declared.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var problem = byName.Count == 0 ? $"no spec declares a client '{reference.Name}' ({known})" : $"several clients are named '{reference.Name}'; write the full name ({known})";
        diagnostics.Report(DiagnosticDescriptors.UnknownClient, reference.At, problem);
        return null;
    }

    /// <summary>The names a file declares or adds to, sorted: where it sorts among the user's files.</summary>
    private static string MergeKey(SpecDocument document) => string.Join(
        "\n",
        document.Enums.Select(e => "enum " + e.Name)
            .Concat(document.Models.Select(m => "model " + m.Name))
            .Concat(document.Groups.SelectMany(g => g.Operations.Select(o => "operation " + g.Name + "." + o.Name).Prepend("group " + g.Name)))
            .Concat(document.Events.Select(e => "event " + e.Name.Wire))
            .OrderBy(name => name, StringComparer.Ordinal));
}

/// <summary>What the project asks of the generator through MSBuild.</summary>
/// <param name="Groups">
/// The package's operation groups to generate (<c>SevenIoGroups</c>, e.g. <c>Hooks;Sms</c>); empty for
/// all. The user's own files always generate in full.
/// </param>
internal sealed record BuildSettings(EquatableArray<string> Groups)
{
    private static readonly char[] Separators = { ';', ',' };

    public static BuildSettings From(string? groups) => new((groups ?? string.Empty)
        .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
        .Select(g => g.Trim())
        .Where(g => g.Length > 0)
        .ToEquatableArray());
}

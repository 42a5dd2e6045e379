using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;

namespace SevenIo.Generator.Reading;

/// <summary>The <c>events</c> section: each <c>webhook_event</c> name the gateway sends and the model of its data.</summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] EventMembers = { "description", "data", "csharpName" };

    private EventDeclaration? ReadEvent(JsonProperty entry, string path)
    {
        var json = SpecObject.From(entry.Value, path, _diagnostics, EventMembers);
        if (json is null)
        {
            return null;
        }

        if (entry.Name.Trim().Length == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, entry.NameSpan, path, "an event needs its webhook_event name as the key");
            return null;
        }

        var data = json.String("data", required: true);
        var explicitJson = json.Member("csharpName");
        var csharpName = explicitJson is null ? null : Identifier(json, "csharpName", required: true, isType: true);
        if (data is null || (explicitJson is not null && csharpName is null))
        {
            return null;
        }

        var keyAt = At(path, entry.NameSpan);
        var name = new NameDeclaration(entry.Name, csharpName, keyAt, explicitJson is null ? keyAt : At(json.MemberPath("csharpName"), explicitJson.Value.Value.Span));
        return new EventDeclaration(name, new TypeReference(data.Value.Trim(), null, At(json.MemberPath("data"), data.Span)), Description(json), keyAt);
    }
}

using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>The main client: constructors, the pipeline, and one property per operation group.</summary>
internal static class ClientEmitter
{
    private const string HeaderType = "global::System.Collections.Generic.KeyValuePair<string, string>";

    public static void Emit(SourceWriter writer, ClientModel client, CodeStyle style, Conventions conventions)
    {
        var name = CSharp.Id(client.Name);
        var options = CSharp.Qualified(client.Namespace, client.OptionsName);
        var header = $"<c>{SourceWriter.XmlText(client.ApiKeyHeader)}</c>";
        var address = $"<c>{SourceWriter.XmlText(client.BaseAddress)}</c>";

        writer.Doc("summary", client.Description is null ? $"The client for {address}." : SourceWriter.XmlText(client.Description));
        writer.Line("/// <remarks>");
        writer.Line("/// Instances are thread-safe and meant to be shared. Operations are virtual and the");
        writer.Line("/// protected constructor exists so that the client can be mocked.");
        writer.Line("/// </remarks>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public partial class {name}");

        writer.Line($"private static readonly {RuntimeContract.FailureEnvelope} {client.FailureField} = {CSharp.FailureEnvelope(client.Failure)};");
        if (client.Headers.Count > 0)
        {
            writer.Line($"private static readonly {HeaderType}[] {client.HeadersField} =");
            writer.Line("{");
            writer.Indent();
            foreach (var fixedHeader in client.Headers)
            {
                writer.Line($"new {HeaderType}({SourceWriter.Literal(fixedHeader.Name)}, {SourceWriter.Literal(fixedHeader.Value)}),");
            }

            writer.Outdent();
            writer.Line("};");
        }

        writer.Line();

        writer.Doc("summary", $"Initializes a new instance for mocking; it has no connection to the {conventions.Service}.");
        writer.OpenBlock($"protected {name}()");
        foreach (var group in client.Groups)
        {
            writer.Line($"{CSharp.Id(group.PropertyName)} = null{CSharp.Forgive(style)};");
        }

        writer.CloseBlock();
        writer.Line();

        writer.Doc("summary", $"Initializes a new client for {address} with an API key, sending through a shared <see cref=\"global::System.Net.Http.HttpClient\"/>.");
        writer.Doc("param", $"The API key, sent in the {header} header and nowhere else.", "name=\"apiKey\"");
        writer.Doc("exception", "The key is null, empty or holds control characters.", "cref=\"global::System.ArgumentException\"");
        writer.Line($"public {name}(string apiKey)");
        writer.Line($"    : this({client.OptionsWithKeyMethod}(apiKey))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();

        writer.Doc("summary", "Initializes a new client with options, sending through a shared <see cref=\"global::System.Net.Http.HttpClient\"/>.");
        writer.Doc("param", "The API key, base address and application id.", "name=\"options\"");
        writer.Doc("exception", "The options have no API key, or a key with control characters.", "cref=\"global::System.ArgumentException\"");
        writer.Line($"public {name}({options} options)");
        writer.Line($"    : this({RuntimeContract.SharedHttpClient}.Instance, options)");
        writer.Line("{");
        writer.Line("}");
        writer.Line();

        writer.Doc("summary", "Initializes a new client that sends through the given <see cref=\"global::System.Net.Http.HttpClient\"/>, e.g. one from <c>IHttpClientFactory</c>.");
        writer.Doc("param", "The client to send with. Its handlers, timeout and lifetime are the caller's; its base address is not used.", "name=\"httpClient\"");
        writer.Doc("param", "The API key, base address and application id.", "name=\"options\"");
        writer.Doc("exception", "An argument is null, or the options have no API key.", "cref=\"global::System.ArgumentException\"");
        writer.OpenBlock($"public {name}(global::System.Net.Http.HttpClient httpClient, {options} options)");
        var headers = client.Headers.Count > 0 ? ", " + client.HeadersField : string.Empty;
        writer.Line($"var pipeline = new {RuntimeContract.ApiPipeline}(httpClient, options, {SourceWriter.Literal(client.ApiKeyHeader)}, {client.FailureField}, {SourceWriter.Literal(client.FullName)}{headers});");
        foreach (var group in client.Groups)
        {
            writer.Line($"{CSharp.Id(group.PropertyName)} = new {CSharp.Qualified(client.Namespace, group.ClassName)}(pipeline);");
        }

        writer.CloseBlock();

        foreach (var group in client.Groups)
        {
            writer.Line();
            writer.Doc("summary", group.Description is null ? $"The {SourceWriter.XmlText(group.PropertyName)} operations." : SourceWriter.XmlText(group.Description));
            writer.Line($"public virtual {CSharp.Qualified(client.Namespace, group.ClassName)} {CSharp.Id(group.PropertyName)} {{ get; }}");
        }

        writer.Line();
        writer.OpenBlock($"private static {options} {client.OptionsWithKeyMethod}(string apiKey)");
        writer.Line($"{RuntimeContract.Argument}.AssertNotNullOrEmpty(apiKey, nameof(apiKey));");
        writer.Line($"return new {options} {{ ApiKey = apiKey }};");
        writer.CloseBlock();
        writer.CloseBlock();
    }
}

using SevenIo.Generator.Contract;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>The client's options class, which knows the spec's base address.</summary>
internal static class OptionsEmitter
{
    public static void Emit(SourceWriter writer, OptionsUnit unit)
    {
        var name = CSharp.Id(unit.OptionsName);
        var address = SourceWriter.XmlText(unit.BaseAddress);
        writer.Doc("summary", $"Options for <see cref=\"{CSharp.Qualified(unit.Namespace, unit.ClientName)}\"/>.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public partial class {name} : {RuntimeContract.ApiClientOptions}");
        writer.Doc("summary", $"The address the client talks to unless another is set: <c>{address}</c>.");
        writer.Line($"public static global::System.Uri DefaultBaseAddress {{ get; }} = new global::System.Uri({SourceWriter.Literal(unit.BaseAddress)}, global::System.UriKind.Absolute);");
        writer.Line();
        writer.Doc("summary", $"Initializes options that point at <c>{address}</c> and have no API key yet.");
        writer.Line($"public {name}()");
        writer.Line("    : base(DefaultBaseAddress)");
        writer.Line("{");
        writer.Line("}");
        writer.CloseBlock();
    }
}

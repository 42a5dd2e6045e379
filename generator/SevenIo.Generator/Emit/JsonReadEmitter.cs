using System.Collections.Generic;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Emit;

/// <summary>
/// The C# expression that reads one value from a <c>Utf8JsonReader</c> named <c>reader</c>, shared
/// by model readers and response readers. Arrays need a reader for their items: each one becomes a
/// private static method plus a cached delegate, collected here and written by the caller.
/// </summary>
internal sealed class JsonReadEmitter
{
    private readonly string _ns;
    private readonly List<(string Name, TypeModel Element, bool AcceptsString)> _itemReaders = new();

    public JsonReadEmitter(string ns)
    {
        _ns = ns;
    }

    /// <summary>The expression for a value that must be present and not null.</summary>
    /// <param name="type">The value's type.</param>
    /// <param name="acceptsString">Numbers and booleans may arrive as strings.</param>
    /// <param name="itemReaderName">The name to give an array's item reader.</param>
    public string Read(TypeModel type, bool acceptsString, string itemReaderName)
    {
        var values = CSharp.Runtime + ".JsonValues";
        var flag = acceptsString ? "true" : "false";
        switch (type.Kind)
        {
            case ValueKind.String:
                return $"{values}.ReadString(ref reader)";
            case ValueKind.Int32:
                return $"{values}.ReadInt32(ref reader, acceptString: {flag})";
            case ValueKind.Int64:
                return $"{values}.ReadInt64(ref reader, acceptString: {flag})";
            case ValueKind.Boolean:
                return $"{values}.ReadBoolean(ref reader, acceptString: {flag})";
            case ValueKind.DateTime:
                return $"{values}.ReadDateTime(ref reader, {SourceWriter.Literal(type.Format!)})";
            case ValueKind.Enum:
                return $"new {CSharp.Type(type, _ns)}({values}.ReadString(ref reader))";
            case ValueKind.Model:
                return $"{CSharp.Qualified(_ns, type.Name + "JsonReader")}.Read(ref reader)";
            default:
                _itemReaders.Add((itemReaderName, type.Element!, acceptsString));
                return $"{values}.ReadArray(ref reader, {itemReaderName}Reader)";
        }
    }

    /// <summary>The expression for a value that may be JSON null.</summary>
    public string ReadNullable(TypeModel type, bool acceptsString, string itemReaderName, CodeStyle style) =>
        $"reader.TokenType == {CSharp.JsonTokenNull} ? ({CSharp.NullableType(type, _ns, style)})null : {Read(type, acceptsString, itemReaderName)}";

    /// <summary>Writes the cached delegates and methods of the array item readers used so far.</summary>
    public void WriteItemReaders(SourceWriter writer)
    {
        for (var i = 0; i < _itemReaders.Count; i++)
        {
            var (name, element, acceptsString) = _itemReaders[i];
            var type = CSharp.Type(element, _ns);
            writer.Line();
            writer.Line($"private static readonly {CSharp.Runtime}.JsonValueReader<{type}> {name}Reader = {name};");
            writer.Line();
            writer.Line($"private static {type} {name}(ref {CSharp.Reader} reader) => {Read(element, acceptsString, name + "Item")};");
        }
    }
}

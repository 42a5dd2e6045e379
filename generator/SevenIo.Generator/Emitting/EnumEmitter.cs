using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// An extensible enum: a readonly struct over the wire string with one static property per known
/// value, so that values the gateway adds later are read, compared and sent back unchanged.
/// </summary>
internal static class EnumEmitter
{
    public static void Emit(SourceWriter writer, EnumModel model, CodeStyle style, Conventions conventions)
    {
        var name = CSharp.Id(model.Name);
        var nullableString = style.NullableAnnotations ? "string?" : "string";
        var nullableObject = style.NullableAnnotations ? "object?" : "object";

        writer.Doc("summary", model.Description is null ? $"The values of {SourceWriter.XmlText(model.Name)}." : SourceWriter.XmlText(model.Description));
        writer.Line("/// <remarks>");
        writer.Line("/// Values this client does not know yet are kept as they are: construct one from its wire");
        writer.Line($"/// string, or receive it from the {conventions.Service}, and it is sent back unchanged. Comparison ignores case.");
        writer.Line("/// </remarks>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({name}.{EnumModel.ConverterClass}))]");
        writer.OpenBlock($"public readonly partial struct {name} : global::System.IEquatable<{name}>");

        foreach (var member in model.Members)
        {
            writer.Line($"private const string {member.Constant} = {SourceWriter.Literal(member.WireValue)};");
        }

        writer.Line();
        writer.Line($"private readonly {nullableString} {model.ValueField};");
        writer.Line();
        writer.Doc("summary", $"Initializes a value from its wire string, known or not.");
        writer.Doc("param", $"The value as the {conventions.Service} writes it.", "name=\"value\"");
        writer.Doc("exception", "<paramref name=\"value\"/> is null.", "cref=\"global::System.ArgumentNullException\"");
        writer.OpenBlock($"public {name}(string value)");
        writer.Line($"{model.ValueField} = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        writer.CloseBlock();

        foreach (var member in model.Members)
        {
            writer.Line();
            var wire = $"Sent as <c>{SourceWriter.XmlText(member.WireValue)}</c>.";
            writer.Doc("summary", member.Description is null ? wire : $"{SourceWriter.XmlText(member.Description)} {wire}");
            writer.Line($"public static {name} {CSharp.Id(member.Name)} {{ get; }} = new {name}({member.Constant});");
        }

        writer.Line();
        writer.Doc("summary", "Whether two values have the same wire string, ignoring case.");
        writer.Doc("param", "The first value.", "name=\"left\"");
        writer.Doc("param", "The second value.", "name=\"right\"");
        writer.Doc("returns", "<c>true</c> when they are equal.");
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Doc("summary", "Whether two values have different wire strings, ignoring case.");
        writer.Doc("param", "The first value.", "name=\"left\"");
        writer.Doc("param", "The second value.", "name=\"right\"");
        writer.Doc("returns", "<c>true</c> when they differ.");
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Doc("summary", $"Converts a wire string to a <see cref=\"{name}\"/>.");
        writer.Doc("param", $"The value as the {conventions.Service} writes it.", "name=\"value\"");
        writer.Line($"public static implicit operator {name}(string value) => new {name}(value);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public bool Equals({name} other) => string.Equals({model.ValueField}, other.{model.ValueField}, global::System.StringComparison.OrdinalIgnoreCase);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals({nullableObject} obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override int GetHashCode() => {model.ValueField} == null ? 0 : global::System.StringComparer.OrdinalIgnoreCase.GetHashCode({model.ValueField});");
        writer.Line();
        writer.Doc("summary", "The wire string; empty for the default value.");
        writer.Doc("returns", $"The value as the {conventions.Service} writes it.");
        writer.Line($"public override string ToString() => {model.ValueField} ?? string.Empty;");
        writer.Line();
        EmitConverter(writer, name);
        writer.CloseBlock();
    }

    /// <summary>System.Text.Json writes the value as its wire string (the default value as null) and reads any string back, known or not.</summary>
    private static void EmitConverter(SourceWriter writer, string name)
    {
        const string Json = "global::System.Text.Json";
        writer.Doc("summary", $"Writes a <see cref=\"{name}\"/> as its wire string (the default value as <c>null</c>) and reads any string back, known or not, for <c>System.Text.Json</c>.");
        writer.OpenBlock($"public sealed class {EnumModel.ConverterClass} : {Json}.Serialization.JsonConverter<{name}>");
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override bool HandleNull => true;");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {name} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) =>");
        writer.Indent();
        writer.Line($"reader.TokenType == {Json}.JsonTokenType.Null ? default({name}) : new {name}({RuntimeContract.JsonValues}.ReadString(ref reader));");
        writer.Outdent();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.OpenBlock($"public override void Write({Json}.Utf8JsonWriter writer, {name} value, {Json}.JsonSerializerOptions options)");
        writer.OpenBlock("if (writer == null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(writer));");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock($"if (value == default({name}))");
        writer.Line("writer.WriteNullValue();");
        writer.CloseBlock();
        writer.OpenBlock("else");
        writer.Line("writer.WriteStringValue(value.ToString());");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }
}

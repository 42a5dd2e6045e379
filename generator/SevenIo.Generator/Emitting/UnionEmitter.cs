using System.Linq;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// A <c>oneOf</c> model: the abstract class its cases derive from, and the JSON class that picks the
/// case by the object's members (looked at with a copy of the reader) and reads it.
/// </summary>
internal static class UnionEmitter
{
    public static void Emit(SourceWriter writer, string ns, UnionModel union)
    {
        writer.Doc("summary", union.Description is null ? $"The {SourceWriter.XmlText(union.Name)} model." : SourceWriter.XmlText(union.Description));
        writer.Doc("remarks", "One of " + string.Join(", ", union.Cases.Select(c => $"<see cref=\"{CSharp.Qualified(ns, c.Model)}\"/>")) + ": test which one with <c>is</c> or a <c>switch</c>.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Line(CSharp.JsonPolymorphic);
        foreach (var unionCase in union.Cases)
        {
            writer.Line(CSharp.JsonDerivedType(ns, unionCase.Model));
        }

        writer.OpenBlock($"public abstract partial class {CSharp.Id(union.Name)}");
        writer.Doc("summary", "Initializes a new instance; only the models it lists derive from it.");
        writer.OpenBlock($"private protected {CSharp.Id(union.Name)}()");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    public static void EmitJson(SourceWriter writer, string ns, UnionModel union, Conventions conventions)
    {
        var type = CSharp.Qualified(ns, union.Name);
        writer.Doc("summary", $"Reads <see cref=\"{type}\"/> from the {conventions.Service}'s JSON.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static partial class {CSharp.Id(union.JsonClass)}");
        foreach (var unionCase in union.Cases.Where(c => c.MemberField is not null))
        {
            writer.Line($"private static readonly byte[] {unionCase.MemberField} = global::System.Text.Encoding.UTF8.GetBytes({SourceWriter.Literal(unionCase.WhenMember!)});");
        }

        if (union.Cases.Any(c => c.MemberField is not null))
        {
            writer.Line();
        }

        writer.Doc("summary", $"Reads one <see cref=\"{type}\"/> from the object the reader is on, leaving the reader on its end.");
        writer.Doc("param", "A reader positioned on the object's start.", "name=\"reader\"");
        writer.Doc("returns", "The model of the case the object matches.");
        writer.Doc("exception", "The JSON is not an object, or matches none of the cases.", $"cref=\"global::System.Text.Json.JsonException\"");
        writer.OpenBlock($"public static {type} {JsonClassModel.ReadMethod}(ref {CSharp.Reader} reader)");
        writer.Line($"{RuntimeContract.JsonValues}.AssertStartObject(ref reader, {SourceWriter.Literal(union.Name)});");
        var hasFallback = false;
        foreach (var unionCase in union.Cases)
        {
            var read = $"return {CSharp.Qualified(ns, unionCase.JsonClass)}.{JsonClassModel.ReadMethod}(ref reader);";
            if (unionCase.MemberField is null)
            {
                writer.Line(read);
                hasFallback = true;
                break;
            }

            var value = unionCase.WhenEquals is null ? "null" : SourceWriter.Literal(unionCase.WhenEquals);
            writer.OpenBlock($"if ({RuntimeContract.JsonValues}.HasMember(reader, {unionCase.MemberField}, {value}))");
            writer.Line(read);
            writer.CloseBlock();
            writer.Line();
        }

        if (!hasFallback)
        {
            writer.Line($"throw {RuntimeContract.JsonValues}.NoCase({SourceWriter.Literal(union.Name)});");
        }

        writer.CloseBlock();
        writer.CloseBlock();
    }
}

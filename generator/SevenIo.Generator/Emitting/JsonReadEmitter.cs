using System;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// The C# that reads one value from a <c>Utf8JsonReader</c> named <c>reader</c>, shared by the
/// model readers and the response readers. Scalars are one expression; an array is a loop.
/// </summary>
internal static class JsonReadEmitter
{
    /// <summary>
    /// Writes statements that read the value the reader is on and hand it to <paramref name="assign"/>,
    /// which turns the value's expression into a statement (<c>hook.Id = ...;</c>, <c>return ...;</c>).
    /// </summary>
    public static void Write(SourceWriter writer, string ns, TypeModel type, bool nullable, Conventions conventions, ReaderLocals locals, Func<string, string> assign)
    {
        if (nullable)
        {
            writer.OpenBlock($"if (!{RuntimeContract.JsonValues}.{NoneCheck(type, conventions)}(ref reader))");
        }

        if (type.Kind == ValueKind.Array)
        {
            writer.Line($"var {locals.Items} = new global::System.Collections.Generic.List<{CSharp.Type(type.Element!, ns)}>();");
            var open = type.Element!.Kind == ValueKind.Json ? "OpenJsonArray" : "OpenArray";
            writer.Line($"var {locals.Cursor} = {RuntimeContract.JsonValues}.{open}(ref reader);");
            writer.OpenBlock($"while ({locals.Cursor}.MoveNext(ref reader))");
            writer.Line($"{locals.Items}.Add({Expression(type.Element!, ns)});");
            writer.CloseBlock();
            writer.Line();
            writer.Line(assign(locals.Items));
        }
        else
        {
            writer.Line(assign(Expression(type, ns)));
        }

        if (nullable)
        {
            writer.CloseBlock();
        }
    }

    /// <summary>
    /// What a nullable value of the type reads as <c>null</c>: JSON <c>null</c> always; <c>false</c>
    /// unless the value is a boolean, where the client's conventions say so (PHP's "no value"); and
    /// <c>""</c> for numbers, dates and enums, where they say so (an enum value is never empty).
    /// </summary>
    public static string NoneCheck(TypeModel type, Conventions conventions)
    {
        var falseIsNull = conventions.FalseIsNull && type.Kind is not (ValueKind.Boolean or ValueKind.Json);
        var emptyIsNull = conventions.EmptyStringIsNull && type.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal or ValueKind.Double or ValueKind.DateTime or ValueKind.UnixTime or ValueKind.Enum;
        return (falseIsNull, emptyIsNull) switch
        {
            (true, true) => "IsNullFalseOrEmpty",
            (true, false) => "IsNullOrFalse",
            (false, true) => "IsNullOrEmpty",
            _ => "IsNull",
        };
    }

    /// <summary>The expression that reads a single value (not an array).</summary>
    public static string Expression(TypeModel type, string ns) => type.Kind switch
    {
        ValueKind.String => $"{RuntimeContract.JsonValues}.ReadString(ref reader)",
        ValueKind.Int32 => $"{RuntimeContract.JsonValues}.ReadInt32(ref reader)",
        ValueKind.Int64 => $"{RuntimeContract.JsonValues}.ReadInt64(ref reader)",
        ValueKind.Decimal => $"{RuntimeContract.JsonValues}.ReadDecimal(ref reader)",
        ValueKind.Double => $"{RuntimeContract.JsonValues}.ReadDouble(ref reader)",
        ValueKind.Json => $"{RuntimeContract.JsonValues}.ReadJson(ref reader)",
        ValueKind.Boolean => $"{RuntimeContract.JsonValues}.ReadBoolean(ref reader)",
        ValueKind.DateTime => $"{RuntimeContract.JsonValues}.ReadDateTime(ref reader, {SourceWriter.Literal(type.Format!)})",
        ValueKind.UnixTime => $"{RuntimeContract.JsonValues}.ReadUnixSeconds(ref reader)",
        ValueKind.Enum => $"new {CSharp.Type(type, ns)}({RuntimeContract.JsonValues}.ReadString(ref reader))",
        ValueKind.Model => $"{CSharp.Qualified(ns, type.JsonClass!)}.{JsonClassModel.ReadMethod}(ref reader)",
        _ => throw new InvalidOperationException("Arrays of arrays are not read: " + type.Kind),
    };
}

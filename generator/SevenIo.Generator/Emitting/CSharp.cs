using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>How model types and names are spelled in the generated C#.</summary>
internal static class CSharp
{
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";

    public static readonly string GeneratedCodeAttribute =
        $"[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"SevenIo.Generator\", \"{GeneratorVersion()}\")]";

    /// <summary>The identifier as it is written in C#: keywords get an '@'.</summary>
    public static string Id(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>For System.Text.Json: an abstract class whose JSON names its concrete class in <c>$type</c>, first.</summary>
    public const string JsonPolymorphic = "[global::System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = \"$type\")]";

    /// <summary>For System.Text.Json: one class that derives from the abstract class, named by its C# name in <c>$type</c>.</summary>
    public static string JsonDerivedType(string ns, string name) =>
        $"[global::System.Text.Json.Serialization.JsonDerivedType(typeof({Qualified(ns, name)}), {SourceWriter.Literal(name)})]";

    /// <summary>For System.Text.Json: the member's name in JSON.</summary>
    public static string JsonPropertyName(string wireName) => $"[global::System.Text.Json.Serialization.JsonPropertyName({SourceWriter.Literal(wireName)})]";

    /// <summary><c>DispatchResult</c> → <c>dispatchResult</c>: a local named after a type.</summary>
    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary><c>global::Namespace.Name</c>, with keywords escaped.</summary>
    public static string Qualified(string ns, string name) => "global::" + Namespace(ns) + "." + Id(name);

    public static string Namespace(string ns) => ns.IndexOf('.') < 0 ? Id(ns) : string.Join(".", ns.Split('.').Select(Id));

    public static string Type(TypeModel type, string ns) => type.Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Int32 => "int",
        ValueKind.Int64 => "long",
        ValueKind.Decimal => "decimal",
        ValueKind.Double => "double",
        ValueKind.Boolean => "bool",
        ValueKind.DateTime => "global::System.DateTime",
        ValueKind.UnixTime => "global::System.DateTimeOffset",
        ValueKind.Json => "global::System.Text.Json.JsonElement",
        ValueKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{Type(type.Element!, ns)}>",
        _ => Qualified(ns, type.Name!),
    };

    /// <summary>The type of a value that may be absent: <c>T?</c>, or plain <c>T</c> for references before C# 8.</summary>
    public static string NullableType(TypeModel type, string ns, CodeStyle style) =>
        type.IsValueType || style.NullableAnnotations ? Type(type, ns) + "?" : Type(type, ns);

    /// <summary>A <c>FailureEnvelope</c> built from the spec's failure rules.</summary>
    public static string FailureEnvelope(FailureModel failure) =>
        $"new {RuntimeContract.FailureEnvelope}({SourceWriter.Literal(failure.SuccessMember)}, {Strings(failure.CodeMembers)}, {Strings(failure.MessageMembers)}, codeBody: {(failure.CodeBody == true ? "true" : "false")}, successCodes: {Strings(failure.SuccessCodes)})";

    /// <summary>A <c>string[]</c> expression.</summary>
    public static string Strings(EquatableArray<string> values) =>
        values.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", values.Select(SourceWriter.Literal)) + " }";

    /// <summary>The null-forgiving operator where nullable annotations are on.</summary>
    public static string Forgive(CodeStyle style) => style.NullableAnnotations ? "!" : string.Empty;

    private static string GeneratorVersion()
    {
        var version = typeof(CSharp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}

using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// The optional parameters of an operation that has too many for arguments, as a class with one
/// settable property each (Azure SDK options, Twilio's <c>CreateMessageOptions</c>): a new optional
/// parameter in the spec is a new property, so calls, overrides and mocks keep compiling.
/// </summary>
internal static class OperationOptionsEmitter
{
    public static void Emit(SourceWriter writer, string ns, OperationOptionsModel options, CodeStyle style, Conventions conventions)
    {
        var method = $"{CSharp.Qualified(ns, options.GroupClass)}.{options.MethodName}";
        writer.Doc("summary", $"The optional parameters of <see cref=\"{method}\"/>: each one that is null is left out of the request.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public sealed partial class {CSharp.Id(options.ClassName)}");
        var first = true;
        foreach (var option in options.Options)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Doc("summary", GroupEmitter.ParameterDocumentation(option.Parameter, conventions));
            writer.Line($"public {GroupEmitter.NullableParameterType(option.Parameter, ns, style)} {CSharp.Id(option.Property)} {{ get; set; }}");
        }

        writer.CloseBlock();
    }
}

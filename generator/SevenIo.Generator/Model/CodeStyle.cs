namespace SevenIo.Generator.Model;

/// <summary>What the consumer's compilation allows the generated code to use.</summary>
/// <param name="NullableAnnotations">C# 8 or later: emit <c>#nullable enable</c> and <c>?</c> on reference types.</param>
internal sealed record CodeStyle(bool NullableAnnotations);

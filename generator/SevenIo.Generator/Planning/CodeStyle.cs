namespace SevenIo.Generator.Planning;

/// <summary>What the consumer's language version allows the generated code to use.</summary>
/// <param name="NullableAnnotations">C# 8 or later: emit <c>#nullable enable</c> and <c>?</c> on reference types.</param>
internal sealed record CodeStyle(bool NullableAnnotations);

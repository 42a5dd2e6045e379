using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace SevenIo.Runtime;

/// <summary>How generated code writes values into a query string or form body: the invariant culture, always.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireText
{
    /// <summary>An integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal number, without exponent.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A floating-point number that reads back as the same value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Of(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A boolean as <c>1</c> or <c>0</c>, or as <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="words">Write <c>true</c>/<c>false</c> instead of <c>1</c>/<c>0</c>.</param>
    /// <returns>The text.</returns>
    public static string Of(bool value, bool words) => words ? (value ? "true" : "false") : (value ? "1" : "0");

    /// <summary>A date and time in a .NET format.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public static string Of(DateTime value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A point in time as Unix seconds, the form the gateway reads whatever its own time zone.</summary>
    /// <param name="value">The point in time; its offset does not matter.</param>
    /// <returns>The whole seconds since 1970-01-01 UTC (a fraction is dropped).</returns>
    public static string OfUnixSeconds(DateTimeOffset value) => value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A list of integers.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The texts.</returns>
    public static IEnumerable<string> Of(IEnumerable<long> values) => Map(values, Of);

    /// <summary>A list of integers.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The texts.</returns>
    public static IEnumerable<string> Of(IEnumerable<int> values) => Map(values, value => Of(value));

    /// <summary>A list of decimal numbers.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The texts.</returns>
    public static IEnumerable<string> Of(IEnumerable<decimal> values) => Map(values, Of);

    /// <summary>A list of values written as their <see cref="object.ToString"/>, such as extensible enums.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The values.</param>
    /// <returns>The texts.</returns>
    public static IEnumerable<string> OfValues<T>(IEnumerable<T> values)
        where T : struct => Map(values, value => value.ToString() ?? string.Empty);

    private static IEnumerable<string> Map<T>(IEnumerable<T> values, Func<T, string> write)
    {
        Argument.AssertNotNull(values, nameof(values));
        foreach (var value in values)
        {
            yield return write(value);
        }
    }
}

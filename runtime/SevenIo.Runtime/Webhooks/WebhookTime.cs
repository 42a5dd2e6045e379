using System;
using System.ComponentModel;
using System.Globalization;

namespace SevenIo.Runtime;

/// <summary>
/// Reads a delivery's <c>webhook_timestamp</c>, which the gateway writes in several ways: ISO 8601
/// with an offset (<c>2021-08-24T08:08:00+02:00</c>), <c>yyyy-MM-dd HH:mm:ss</c> without a zone (the
/// gateway's local time, Europe/Berlin), or Unix seconds.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WebhookTime
{
    private static readonly string[] LocalFormats = { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF" };

    /// <summary>The time, or null when the text is none of the known forms.</summary>
    /// <param name="text">The raw timestamp.</param>
    /// <returns>The time with its offset.</returns>
    public static DateTimeOffset? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value!.IndexOf('T') > 0 && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            // With an offset (or Z) it says which instant it is; without one it is the gateway's local time.
            return parsed.Kind == DateTimeKind.Unspecified
                ? new DateTimeOffset(parsed, BerlinOffset(parsed))
                : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None);
        }

        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, BerlinOffset(local));
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return null;
    }

    /// <summary>
    /// Central European Time's offset for a Berlin wall-clock time: +2 h from the last Sunday of
    /// March, 02:00, to the last Sunday of October, 03:00 (EU rules since 1996), +1 h otherwise.
    /// Computed rather than looked up, so that it is the same on every platform and needs no time
    /// zone database. In the hour that repeats in October the earlier (summer) offset is taken.
    /// </summary>
    internal static TimeSpan BerlinOffset(DateTime local)
    {
        var summerStart = LastSunday(local.Year, 3).AddHours(2);
        var summerEnd = LastSunday(local.Year, 10).AddHours(3);
        return local >= summerStart && local < summerEnd ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1);
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}

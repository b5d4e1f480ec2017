using System.Globalization;
using Invoke.Application.Common.Exceptions;

namespace Invoke.Application.KeyValueStore;

/// <summary>The original's quota messages, in megabytes with two decimals; both contain "quota exceeded".</summary>
internal static class KvQuota
{
    public static PayloadTooLargeException Exceeded(long projectedBytes, long limitBytes) =>
        new($"Storage quota exceeded. Projected usage: {Megabytes(projectedBytes)}MB, Limit: {Megabytes(limitBytes)}MB");

    public static PayloadTooLargeException ImportExceeds(long projectedBytes, long limitBytes) =>
        new($"Import would exceed storage quota. Projected usage: {Megabytes(projectedBytes)}MB, Limit: {Megabytes(limitBytes)}MB");

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("F2", CultureInfo.InvariantCulture);
}

using System.Net;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>
/// A large body produced on demand in 64 KB chunks that stops after <c>pauseAfter</c> bytes (a multiple of 64 KB)
/// until <see cref="Release"/>: a server
/// that answers while the body is held there has provably not read beyond that point. With <c>announceLength</c>
/// false it is sent chunked, without a Content-Length.
/// </summary>
public sealed class GeneratedContent(long length, bool announceLength, long pauseAfter) : HttpContent
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _bytesSent;

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Lets the rest of the body go, so the client side can finish.</summary>
    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        for (var sent = 0L; sent < length; sent += chunk.Length)
        {
            if (sent >= pauseAfter)
            {
                await _released.Task;
            }

            var count = (int)Math.Min(chunk.Length, length - sent);
            await stream.WriteAsync(chunk.AsMemory(0, count));
            Interlocked.Add(ref _bytesSent, count);
        }
    }

    protected override bool TryComputeLength(out long computedLength)
    {
        computedLength = length;
        return announceLength;
    }
}

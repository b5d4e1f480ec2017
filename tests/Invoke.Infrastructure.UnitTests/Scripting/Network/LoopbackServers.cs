using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Invoke.Infrastructure.UnitTests.Scripting.Network;

/// <summary>
/// The servers the network tests talk to, all on loopback: an HTTP and an HTTPS listener (a certificate made for the
/// test) on 127.0.0.1, a raw TCP echo server there too, and a "forbidden" HTTP listener on 127.0.0.2 that the rules
/// deny. Each counts the connections it accepted, so a test can prove that a denied connection never arrived.
/// </summary>
public sealed class LoopbackServers : IAsyncLifetime
{
    public static readonly IPAddress Allowed = IPAddress.Parse("127.0.0.1");
    public static readonly IPAddress Forbidden = IPAddress.Parse("127.0.0.2");

    private readonly ConcurrentDictionary<int, int> _accepted = new();
    private readonly ConcurrentQueue<string> _hosts = new();
    private WebApplication? _web;
    private TcpListener? _tcp;
    private CancellationTokenSource _stopping = new();

    public int HttpPort { get; private set; }

    public int HttpsPort { get; private set; }

    public int ForbiddenPort { get; private set; }

    public int TcpPort { get; private set; }

    public X509Certificate2 Certificate { get; } = CreateCertificate();

    /// <summary>Connections closed by the client on /hang, the proof that an invocation's leftovers were closed.</summary>
    public int HangsClosed => _hangsClosed;

    /// <summary>TCP echo connections the client closed.</summary>
    public int TcpClosed => _tcpClosed;

    public IReadOnlyCollection<string> HostHeaders => _hosts;

    private int _hangsClosed;
    private int _tcpClosed;

    public int Accepted(int port) => _accepted.GetValueOrDefault(port);

    public string Http(string path) => $"http://127.0.0.1:{HttpPort}{path}";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(Allowed, 0, listen => listen.Use(Count));
            kestrel.Listen(Allowed, 0, listen => { listen.Use(Count); listen.UseHttps(Certificate); });
            kestrel.Listen(Forbidden, 0, listen => listen.Use(Count));
        });
        _web = builder.Build();
        _web.Use(async (context, next) =>
        {
            _hosts.Enqueue(context.Request.Host.Value ?? "");
            await next(context);
        });
        _web.UseWebSockets();
        _web.Map("/ws", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[4096];
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (received.MessageType == System.Net.WebSockets.WebSocketMessageType.Close)
                {
                    await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    return;
                }

                var reply = Encoding.UTF8.GetBytes("echo:").Concat(buffer[..received.Count]).ToArray();
                await socket.SendAsync(reply, received.MessageType, true, context.RequestAborted);
            }
        });
        _web.MapGet("/hello", () => "hello");
        _web.MapGet("/json", () => Results.Json(new { name = "invoke", list = new[] { 1, 2, 3 } }));
        _web.Map("/echo", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            return Results.Json(new
            {
                method = context.Request.Method,
                host = context.Request.Host.Value,
                contentType = context.Request.ContentType,
                custom = context.Request.Headers["x-custom"].ToString(),
                authorization = context.Request.Headers.Authorization.ToString(),
                body,
            });
        });
        _web.Map("/redirect", (string to, int? status) => Results.Redirect(to, permanent: status is 301 or 308, preserveMethod: status is 307 or 308));
        _web.MapGet("/headers", (HttpContext context) =>
        {
            context.Response.Headers.Append("set-cookie", "a=1");
            context.Response.Headers.Append("set-cookie", "b=2");
            context.Response.Headers["x-multi"] = new(["one", "two"]);
            return Results.Text("ok", "text/plain; charset=utf-8");
        });
        _web.MapGet("/stream", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            for (var i = 0; i < 5; i++)
            {
                await context.Response.WriteAsync($"chunk{i};");
                await context.Response.Body.FlushAsync();
            }
        });
        _web.MapGet("/gzip", async (HttpContext context) =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "text/plain";
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes("compressed hello"));
            }

            await context.Response.Body.WriteAsync(buffer.ToArray());
        });
        _web.MapGet("/big", (int bytes) => Results.Bytes(new byte[bytes], "application/octet-stream"));
        _web.MapGet("/status/{code:int}", (int code) => Results.StatusCode(code));
        _web.MapGet("/hang", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("started");
            await context.Response.Body.FlushAsync();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _hangsClosed);
            }
        });
        await _web.StartAsync();
        var addresses = _web.Urls.Select(u => new Uri(u)).ToList();
        HttpPort = addresses.First(u => u.Scheme == "http" && u.Host == "127.0.0.1").Port;
        HttpsPort = addresses.First(u => u.Scheme == "https").Port;
        ForbiddenPort = addresses.First(u => u.Host == "127.0.0.2").Port;

        _tcp = new TcpListener(Allowed, 0);
        _tcp.Start();
        TcpPort = ((IPEndPoint)_tcp.LocalEndpoint).Port;
        _ = EchoAsync(_tcp, _stopping.Token);
    }

    public async Task DisposeAsync()
    {
        _stopping.Cancel();
        _tcp?.Stop();
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        _stopping.Dispose();
        Certificate.Dispose();
    }

    /// <summary>Waits (briefly) for a condition the server side reaches after the client acted.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        return condition();
    }

    private ConnectionDelegate Count(ConnectionDelegate next) => context =>
    {
        if (context.LocalEndPoint is IPEndPoint local)
        {
            _accepted.AddOrUpdate(local.Port, 1, (_, n) => n + 1);
        }

        return next(context);
    };

    private async Task EchoAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _accepted.AddOrUpdate(TcpPort, 1, (_, n) => n + 1);
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    var stream = client.GetStream();
                    var buffer = new byte[4096];
                    try
                    {
                        int read;
                        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                        {
                            await stream.WriteAsync(Encoding.UTF8.GetBytes("echo:").Concat(buffer[..read]).ToArray(), cancellationToken);
                        }
                    }
                    catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
                    {
                        // The client went away or the fixture stops: either way the connection is over.
                    }

                    Interlocked.Increment(ref _tcpClosed);
                }
            }, cancellationToken);
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddDnsName("secure.allowed.test");
        names.AddIpAddress(Allowed);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Invoke.Runtime.DifferentialTests;

/// <summary>
/// The loopback server the fetch fixtures call, under Node and in Invoke alike (started once per test process). A
/// request's query names it as <c>{upstream}</c>, replaced with its address before both runs.
/// </summary>
public static class FetchUpstream
{
    public const string Placeholder = "{upstream}";

    private static readonly Lazy<string> Address = new(Start);

    public static string Url => Address.Value;

    public static DifferentialRequest Resolve(DifferentialRequest request) =>
        request.Query.Contains(Placeholder, StringComparison.Ordinal)
            ? request with { Query = request.Query.Replace(Placeholder, Uri.EscapeDataString(Url), StringComparison.Ordinal) }
            : request;

    private static string Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/text", () => Results.Text("plain text", "text/plain; charset=utf-8"));
        app.MapGet("/json", () => Results.Json(new { name = "invoke", values = new[] { 1, 2 }, nested = new { ok = true } }));
        app.MapGet("/bytes", () => Results.Bytes([0, 1, 2, 250, 255], "application/octet-stream"));
        app.MapGet("/stream", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            for (var i = 0; i < 4; i++)
            {
                await context.Response.WriteAsync($"part{i}|");
                await context.Response.Body.FlushAsync();
            }
        });
        app.MapGet("/headers", (HttpContext context) =>
        {
            context.Response.Headers.Append("set-cookie", "a=1; Path=/");
            context.Response.Headers.Append("set-cookie", "b=2");
            context.Response.Headers["x-multi"] = new(["one", "two"]);
            return Results.Text("h", "text/plain");
        });
        app.MapGet("/missing", () => Results.NotFound());
        app.Map("/redirect", (string to, int status) => Results.Redirect(to, permanent: status is 301 or 308, preserveMethod: status is 307 or 308));
        app.Map("/see-other", (HttpContext context) =>
        {
            context.Response.StatusCode = 303;
            context.Response.Headers.Location = "/echo";
            return Task.CompletedTask;
        });
        app.Map("/echo", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            return Results.Json(new { method = context.Request.Method, type = context.Request.ContentType, body = await reader.ReadToEndAsync() });
        });
        app.StartAsync().GetAwaiter().GetResult();
        return app.Urls.Single();
    }
}

using System.Text.Json;
using FluentValidation.Results;
using Invoke.Api.ErrorHandling;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Common.Exceptions;
using Invoke.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace Invoke.Api.IntegrationTests.ErrorHandling;

public sealed class InvokeExceptionHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);

    private readonly RecordingLogger<InvokeExceptionHandler> _logger = new();
    private readonly InvokeExceptionHandler _handler;

    public InvokeExceptionHandlerTests()
    {
        var clock = Substitute.For<TimeProvider>();
        clock.GetUtcNow().Returns(Now);
        var services = new ServiceCollection().AddLogging().AddSingleton(clock);
        services.AddApi();
        var errorResponses = services.BuildServiceProvider().GetRequiredService<ErrorResponses>();
        _handler = new InvokeExceptionHandler(errorResponses, _logger);
    }

    private sealed class ActiveVersionDeletionException()
        : DomainException("Cannot delete the active version. Switch to a different version first.");

    public static TheoryData<Exception, int, string, string> MappedExceptions => new()
    {
        { new ActiveVersionDeletionException(), 400, "Cannot delete the active version. Switch to a different version first.", "Bad Request" },
        { new UnauthorizedException(), 401, "Authentication required", "Unauthorized" },
        { new UnauthorizedException("Invalid token"), 401, "Invalid token", "Unauthorized" },
        { new ForbiddenAccessException("Access denied to this project"), 403, "Access denied to this project", "Forbidden" },
        { new NotFoundException("Function not found"), 404, "Function not found", "Not Found" },
        { new ConflictException("Function with name \"hello\" already exists"), 409, "Function with name \"hello\" already exists", "Conflict" },
        { new BadHttpRequestException("Request body too large. The max request body size is 1048576 bytes.", 413), 413, "Request body too large", "Payload Too Large" },
    };

    [Theory]
    [MemberData(nameof(MappedExceptions))]
    public async Task TryHandle_WhenExceptionIsKnown_ShouldWriteTheEnvelopeWithItsStatusAndMessage(
        Exception exception, int status, string message, string title)
    {
        var httpContext = NewHttpContext();

        var handled = await _handler.TryHandleAsync(httpContext, exception, CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(status, httpContext.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", httpContext.Response.ContentType);
        var body = ReadBody(httpContext);
        Assert.Equal(
            ["success", "data", "message", "statusCode", "timestamp", "error", "type", "title", "status", "detail", "instance", "traceId"],
            JsonShape.PropertyNames(body));
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal(message, body.GetProperty("message").GetString());
        Assert.Equal(status, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("2026-03-04T05:06:07.890Z", body.GetProperty("timestamp").GetString());
        Assert.StartsWith("https://tools.ietf.org/html/rfc9110#section-15.5.", body.GetProperty("type").GetString());
        Assert.Equal(title, body.GetProperty("title").GetString());
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.Equal(message, body.GetProperty("detail").GetString());
        Assert.Equal(message, body.GetProperty("error").GetString());
        Assert.Equal("/api/functions/42", body.GetProperty("instance").GetString());
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task TryHandle_WhenBadRequestHasFieldAndMembers_ShouldWrite400WithTheFieldAndTheMembersLast()
    {
        var httpContext = NewHttpContext();
        var exception = new BadRequestException(
            "This is a top-10 common password",
            "password",
            new Dictionary<string, object?> { ["score"] = 0, ["projects"] = new[] { new { id = "p1", name = "Alpha" } } });

        var handled = await _handler.TryHandleAsync(httpContext, exception, CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(400, httpContext.Response.StatusCode);
        var body = ReadBody(httpContext);
        Assert.Equal(
            ["success", "data", "message", "statusCode", "timestamp", "error", "type", "title", "status", "detail", "instance", "errors", "traceId", "score", "projects"],
            JsonShape.PropertyNames(body));
        Assert.Equal("This is a top-10 common password", body.GetProperty("message").GetString());
        Assert.Equal("This is a top-10 common password", body.GetProperty("error").GetString());
        Assert.Equal("This is a top-10 common password", body.GetProperty("errors").GetProperty("password")[0].GetString());
        Assert.Equal(0, body.GetProperty("score").GetInt32());
        Assert.Equal("Alpha", body.GetProperty("projects")[0].GetProperty("name").GetString());
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task TryHandle_WhenBadRequestHasResponseData_ShouldWriteItAsTheEnvelopesData()
    {
        var httpContext = NewHttpContext();
        var exception = new BadRequestException(
            "This is a top-10 common password", "newPassword", responseData: new Dictionary<string, object?> { ["score"] = 0 });

        await _handler.TryHandleAsync(httpContext, exception, CancellationToken.None);

        var body = ReadBody(httpContext);
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(0, body.GetProperty("data").GetProperty("score").GetInt32());
        Assert.False(body.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task TryHandle_WhenAnEntityRefusesAValue_ShouldWrite400NamingItsField()
    {
        var httpContext = NewHttpContext();

        await _handler.TryHandleAsync(
            httpContext, new InvalidValueException("email", "email must be a valid email address"), CancellationToken.None);

        Assert.Equal(400, httpContext.Response.StatusCode);
        var body = ReadBody(httpContext);
        Assert.Equal("email must be a valid email address", body.GetProperty("error").GetString());
        Assert.Equal("email must be a valid email address", body.GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task TryHandle_WhenBadRequestHasNeitherFieldNorMembers_ShouldWriteThePlainEnvelope()
    {
        var httpContext = NewHttpContext();

        await _handler.TryHandleAsync(httpContext, new BadRequestException("User is already a member of this project"), CancellationToken.None);

        Assert.Equal(400, httpContext.Response.StatusCode);
        var body = ReadBody(httpContext);
        Assert.Equal(
            ["success", "data", "message", "statusCode", "timestamp", "error", "type", "title", "status", "detail", "instance", "traceId"],
            JsonShape.PropertyNames(body));
        Assert.Equal("Bad Request", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TryHandle_WhenAMemberReusesAnEnvelopeName_ShouldRefuseToWriteIt()
    {
        var httpContext = NewHttpContext();
        var exception = new BadRequestException("Refused", members: new Dictionary<string, object?> { ["message"] = "other" });

        var write = () => _handler.TryHandleAsync(httpContext, exception, CancellationToken.None).AsTask();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(write);
        Assert.Contains("'message'", error.Message);
    }

    [Fact]
    public async Task TryHandle_WhenValidationFails_ShouldWrite400WithEveryFieldInErrors()
    {
        var httpContext = NewHttpContext();
        var exception = new ValidationException(
        [
            new ValidationFailure("Name", "Function name is required"),
            new ValidationFailure("project_id", "project_id must be a UUID"),
        ]);

        await _handler.TryHandleAsync(httpContext, exception, CancellationToken.None);

        Assert.Equal(400, httpContext.Response.StatusCode);
        var body = ReadBody(httpContext);
        Assert.Equal("Function name is required; project_id must be a UUID", body.GetProperty("message").GetString());
        Assert.Equal("One or more validation errors occurred.", body.GetProperty("title").GetString());
        var errors = body.GetProperty("errors");
        Assert.Equal(["name", "project_id"], JsonShape.PropertyNames(errors));
        Assert.Equal("Function name is required", errors.GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task TryHandle_WhenExceptionIsUnknown_ShouldWrite500WithoutDetailsAndLogIt()
    {
        var httpContext = NewHttpContext();
        var exception = new InvalidOperationException("Npgsql: password authentication failed for user \"postgres\"");

        await _handler.TryHandleAsync(httpContext, exception, CancellationToken.None);

        Assert.Equal(500, httpContext.Response.StatusCode);
        var text = ReadText(httpContext);
        Assert.DoesNotContain("password", text);
        Assert.DoesNotContain(nameof(InvalidOperationException), text);
        var body = ReadBody(httpContext);
        Assert.Equal("Internal server error", body.GetProperty("message").GetString());
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.6.1", body.GetProperty("type").GetString());
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Same(exception, entry.Exception);
    }

    [Fact]
    public async Task TryHandle_WhenTheClientWentAway_ShouldAnswer499WithoutBodyOrErrorLog()
    {
        var httpContext = NewHttpContext();
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        httpContext.RequestAborted = aborted.Token;

        var handled = await _handler.TryHandleAsync(httpContext, new OperationCanceledException(aborted.Token), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(499, httpContext.Response.StatusCode);
        Assert.Empty(ReadText(httpContext));
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task TryHandle_WhenAnOperationTimesOutWhileTheClientWaits_ShouldWrite500()
    {
        var httpContext = NewHttpContext();

        await _handler.TryHandleAsync(httpContext, new OperationCanceledException(), CancellationToken.None);

        Assert.Equal(500, httpContext.Response.StatusCode);
    }

    private static DefaultHttpContext NewHttpContext()
    {
        var httpContext = new DefaultHttpContext();
        httpContext.Request.Method = "GET";
        httpContext.Request.Path = "/api/functions/42";
        httpContext.Response.Body = new MemoryStream();
        return httpContext;
    }

    private static string ReadText(HttpContext httpContext)
    {
        httpContext.Response.Body.Position = 0;
        return new StreamReader(httpContext.Response.Body).ReadToEnd();
    }

    private static JsonElement ReadBody(HttpContext httpContext)
    {
        using var document = JsonDocument.Parse(ReadText(httpContext));
        return document.RootElement.Clone();
    }
}

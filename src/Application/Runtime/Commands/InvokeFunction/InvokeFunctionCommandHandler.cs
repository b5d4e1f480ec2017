using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Packages;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using Invoke.Application.Runtime.Execution;
using Invoke.Application.Runtime.Queries.GetExecutionLimits;
using Invoke.Application.Runtime.Queries.GetFunctionEnvironment;
using Invoke.Application.Runtime.Queries.GetInvocationTarget;
using Invoke.Domain.ExecutionLogs;
using Invoke.Domain.Functions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Application.Runtime.Commands.InvokeFunction;

public sealed class InvokeFunctionCommandHandler(
    IMediator mediator,
    IServiceScopeFactory scopes,
    IPackageArchive archive,
    PackageFileCache packages,
    InvocationSlots slots,
    IFunctionRuntime runtime,
    IExecutionLogQueue logs,
    TimeProvider time)
    : IRequestHandler<InvokeFunctionCommand, InvocationResult>
{
    private const string BinaryBody = "<BINARY>";

    /// <summary>The original's marks of a scheduled run in its log row (runtime.md §2.12), in place of method and URL.</summary>
    private const string ScheduledMethod = "SCHEDULED";
    private const string ScheduledUrl = "/scheduled";

    public async Task<InvocationResult> Handle(InvokeFunctionCommand request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var startedAt = time.GetUtcNow().UtcDateTime;
        var target = await mediator.Send(new GetInvocationTargetQuery(request.FunctionId), cancellationToken);
        if (target is not { IsActive: true, ProjectActive: true, ProjectId: { } projectId, ActiveVersion: { } version })
        {
            return InvocationResult.Refused(InvocationOutcome.FunctionNotFound);
        }

        if (request.Source == InvocationSource.Execution)
        {
            switch (InvocationKey.Check(target.RequiresApiKey, target.ApiKey, request.PresentedApiKey))
            {
                case InvocationKeyVerdict.Missing:
                    return InvocationResult.Refused(InvocationOutcome.ApiKeyRequired);
                case InvocationKeyVerdict.Invalid:
                    return InvocationResult.Refused(InvocationOutcome.InvalidApiKey);
            }
        }

        var environment = await mediator.Send(new GetFunctionEnvironmentQuery(target.FunctionId), cancellationToken);
        var limits = await mediator.Send(new GetExecutionLimitsQuery(target.FunctionId), cancellationToken);
        var invocationLimits = new InvocationLimits(limits.Timeout, limits.MemoryBytes);
        var files = await packages.GetAsync(version.VersionId, _ => LoadPackageAsync(version), cancellationToken);

        using var slot = await slots.EnterAsync(projectId, invocationLimits.Timeout, cancellationToken);
        if (slot is null)
        {
            return InvocationResult.Refused(InvocationOutcome.Overloaded);
        }

        var response = await runtime.RunAsync(
            new FunctionInvocation(target.FunctionId, version.VersionId, projectId, files, environment, request.Request, invocationLimits),
            cancellationToken);
        logs.TryEnqueue(Record(request, target, response, startedAt, (int)time.GetElapsedTime(started).TotalMilliseconds));
        return new InvocationResult(InvocationOutcome.Executed, response);
    }

    private static ExecutionRecord Record(
        InvokeFunctionCommand command, InvocationTargetDto target, FunctionResponse response, DateTime startedAt, int durationMs)
    {
        var request = command.Request;
        var scheduled = command.Source == InvocationSource.Schedule;
        var requestHeaders = Fold(request.Headers);
        var responseHeaders = Fold(response.Headers);
        return new ExecutionRecord(
            target.FunctionId,
            startedAt,
            response.StatusCode,
            durationMs,
            scheduled ? ScheduledMethod : request.Method,
            scheduled ? ScheduledUrl : request.Path + (request.QueryString.Length > 0 ? "?" + request.QueryString : ""),
            request.Body.Length,
            response.Body.Length,
            requestHeaders,
            responseHeaders,
            request.Body.Length == 0 ? null : AsText(request.Body, requestHeaders.GetValueOrDefault("content-type")),
            response.Failure is null ? AsText(response.Body, responseHeaders.GetValueOrDefault("content-type")) : null,
            response.Console,
            response.ConsoleTruncated,
            response.Failure?.Message,
            System.Net.IPAddress.TryParse(request.ClientIp, out var address) ? address : null,
            requestHeaders.GetValueOrDefault("user-agent"),
            ApiKeyUsed: command.Source == InvocationSource.Execution && target.RequiresApiKey && command.PresentedApiKey is not null);
    }

    private static Dictionary<string, string> Fold(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key.ToLowerInvariant(), g => string.Join(", ", g.Select(h => h.Value)));

    /// <summary>Text bodies as UTF-8 (capped by the log's redaction), anything else as a marker.</summary>
    private static string AsText(byte[] body, string? contentType)
    {
        var type = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant() ?? "";
        var textual = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal)
            || type.EndsWith("+xml", StringComparison.Ordinal)
            || type is "application/json" or "application/xml" or "application/javascript" or "application/x-www-form-urlencoded";
        var length = Math.Min(body.Length, ExecutionLogRedaction.MaxBodyLength * 4);
        return textual ? System.Text.Encoding.UTF8.GetString(body, 0, length) : BinaryBody;
    }

    // Its own scope: the load outlives the request that started it when others wait for the same version.
    private async Task<PackageFiles> LoadPackageAsync(ActiveVersionDto version)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var content = await db.Functions
            .AsNoTracking()
            .SelectMany(f => f.Versions)
            .Where(v => v.Id == version.VersionId && v.Package != null)
            .Select(v => v.Package!.Content)
            .FirstOrDefaultAsync()
            ?? throw new InvalidOperationException($"The package of version {version.VersionId} is missing.");
        return PackageFiles.From(version.PackageHash, archive.Read(content));
    }
}

using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Packages;
using Invoke.Application.Runtime.Execution;
using Invoke.Application.Runtime.Queries.GetFunctionEnvironment;
using Invoke.Application.Runtime.Queries.GetInvocationTarget;
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
    IFunctionRuntime runtime)
    : IRequestHandler<InvokeFunctionCommand, InvocationResult>
{
    public async Task<InvocationResult> Handle(InvokeFunctionCommand request, CancellationToken cancellationToken)
    {
        var target = await mediator.Send(new GetInvocationTargetQuery(request.FunctionId), cancellationToken);
        if (target is not { IsActive: true, ProjectActive: true, ProjectId: { } projectId, ActiveVersion: { } version })
        {
            return InvocationResult.Refused(InvocationOutcome.FunctionNotFound);
        }

        switch (InvocationKey.Check(target.RequiresApiKey, target.ApiKey, request.PresentedApiKey))
        {
            case InvocationKeyVerdict.Missing:
                return InvocationResult.Refused(InvocationOutcome.ApiKeyRequired);
            case InvocationKeyVerdict.Invalid:
                return InvocationResult.Refused(InvocationOutcome.InvalidApiKey);
        }

        var environment = await mediator.Send(new GetFunctionEnvironmentQuery(target.FunctionId), cancellationToken);
        var invocationLimits = new InvocationLimits(TimeSpan.FromSeconds(30), 256L * 1024 * 1024);
        var files = await packages.GetAsync(version.VersionId, _ => LoadPackageAsync(version), cancellationToken);

        using var slot = await slots.EnterAsync(projectId, invocationLimits.Timeout, cancellationToken);
        if (slot is null)
        {
            return InvocationResult.Refused(InvocationOutcome.Overloaded);
        }

        var response = await runtime.RunAsync(
            new FunctionInvocation(target.FunctionId, projectId, files, environment, request.Request, invocationLimits),
            cancellationToken);
        return new InvocationResult(InvocationOutcome.Executed, response);
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

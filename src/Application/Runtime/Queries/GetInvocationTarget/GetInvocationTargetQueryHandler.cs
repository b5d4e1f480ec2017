using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Runtime.Queries.GetInvocationTarget;

public sealed class GetInvocationTargetQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetInvocationTargetQuery, InvocationTargetDto?>
{
    public async Task<InvocationTargetDto?> Handle(GetInvocationTargetQuery request, CancellationToken cancellationToken) =>
        await context.Functions
            .AsNoTracking()
            .Where(f => f.Id == request.FunctionId)
            .Select(f => new InvocationTargetDto(
                f.Id,
                f.Name,
                f.ProjectId,
                context.Projects.Any(p => p.Id == f.ProjectId && p.IsActive == true),
                f.IsActive == true,
                f.RequiresApiKey == true,
                f.ApiKey,
                f.Versions
                    .Where(v => v.Id == f.ActiveVersionId)
                    .Select(v => new ActiveVersionDto(v.Id, v.Version, v.PackageHash, v.PackagePath, v.FileSize))
                    .FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
}

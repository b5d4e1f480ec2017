using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Queries.GetFunction;

public sealed class GetFunctionQueryHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<GetFunctionQuery, FunctionDetailsDto>
{
    public async Task<FunctionDetailsDto> Handle(GetFunctionQuery request, CancellationToken cancellationToken)
    {
        var function = await (
                from f in db.Functions.AsNoTracking()
                where f.Id == request.FunctionId
                from v in f.Versions.Where(v => v.Id == f.ActiveVersionId).DefaultIfEmpty()
                join p in db.Projects on f.ProjectId equals (Guid?)p.Id into projects
                from p in projects.DefaultIfEmpty()
                select new FunctionDetailsDto
                {
                    Id = f.Id,
                    Name = f.Name,
                    Description = f.Description,
                    IsActive = f.IsActive,
                    CreatedAt = f.CreatedAt,
                    UpdatedAt = f.UpdatedAt,
                    LastExecuted = f.LastExecuted,
                    ExecutionCount = f.ExecutionCount,
                    RequiresApiKey = f.RequiresApiKey,
                    ApiKey = f.ApiKey,
                    ActiveVersionId = f.ActiveVersionId,
                    ProjectId = f.ProjectId,
                    ProjectName = p == null ? null : p.Name,
                    ActiveVersion = v == null ? null : v.Version,
                    FileSize = v == null ? null : v.FileSize,
                    PackagePath = v == null ? null : v.PackagePath,
                    PackageHash = v == null ? null : v.PackageHash,
                    VersionCreatedAt = v == null ? null : v.CreatedAt,
                    CustomTimeoutEnabled = f.CustomTimeoutEnabled,
                    CustomTimeoutSeconds = f.CustomTimeoutSeconds,
                    CustomMemoryEnabled = f.CustomMemoryEnabled,
                    CustomMemoryMb = f.CustomMemoryMb,
                })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(FunctionAccess.NotFoundMessage);

        // Read first and checked before anything is returned: one round trip for the row instead of two.
        await functionAccess.EnsureCanReachAsync(function.ProjectId, FunctionAccess.ProjectDeniedMessage, cancellationToken);
        return function;
    }
}

using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Versions.Queries.ListFunctionVersions;

public sealed class ListFunctionVersionsQueryHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<ListFunctionVersionsQuery, IReadOnlyList<FunctionVersionDto>>
{
    public async Task<IReadOnlyList<FunctionVersionDto>> Handle(
        ListFunctionVersionsQuery request, CancellationToken cancellationToken)
    {
        var function = await db.Functions.AsNoTracking()
                           .Where(f => f.Id == request.FunctionId)
                           .Select(f => new { f.ProjectId, f.ActiveVersionId })
                           .SingleOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException(FunctionAccess.NotFoundMessage);
        await functionAccess.EnsureCanReachAsync(function.ProjectId, IProjectAccess.NotAMemberMessage, cancellationToken);

        var activeVersionId = function.ActiveVersionId;
        return await (
                from f in db.Functions.AsNoTracking()
                where f.Id == request.FunctionId
                from v in f.Versions
                join u in db.Users on v.CreatedBy equals (int?)u.Id into creators
                from u in creators.DefaultIfEmpty()
                orderby v.CreatedAt descending, v.Version descending
                select new FunctionVersionDto
                {
                    Id = v.Id,
                    Version = v.Version,
                    FileSize = v.FileSize,
                    PackageHash = v.PackageHash,
                    IsActive = activeVersionId == null ? null : v.Id == activeVersionId,
                    CreatedAt = v.CreatedAt,
                    CreatedBy = v.CreatedBy,
                    CreatedByName = u == null ? null : u.Username,
                })
            .ToListAsync(cancellationToken);
    }
}

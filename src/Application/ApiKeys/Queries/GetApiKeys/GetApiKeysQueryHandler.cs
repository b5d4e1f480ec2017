using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiKeys.Queries.GetApiKeys;

public sealed class GetApiKeysQueryHandler(IApplicationDbContext context, ICurrentUser currentUser)
    : IRequestHandler<GetApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(GetApiKeysQuery request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        return await context.ApiKeys
            .AsNoTracking()
            .Where(k => k.CreatedBy == userId)
            .OrderByDescending(k => k.CreatedAt)
            .ThenByDescending(k => k.Id)
            .Select(k => new ApiKeyDto(k.Id, k.Name, k.CreatedAt, k.LastUsed, k.UsageCount, k.IsActive))
            .ToListAsync(cancellationToken);
    }
}

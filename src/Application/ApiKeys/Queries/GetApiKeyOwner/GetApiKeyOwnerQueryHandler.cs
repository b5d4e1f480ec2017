using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiKeys.Queries.GetApiKeyOwner;

public sealed class GetApiKeyOwnerQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetApiKeyOwnerQuery, ApiKeyOwnerDto?>
{
    public async Task<ApiKeyOwnerDto?> Handle(GetApiKeyOwnerQuery request, CancellationToken cancellationToken) =>
        await context.ApiKeys
            .AsNoTracking()
            .Where(k => k.KeyHash == request.KeyHash && k.IsActive == true && k.CreatedBy != null)
            .Select(k => new ApiKeyOwnerDto(k.Id, k.CreatedBy!.Value))
            .FirstOrDefaultAsync(cancellationToken);
}

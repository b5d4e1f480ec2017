using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Domain.ApiKeys;
using MediatR;

namespace Invoke.Application.ApiKeys.Commands.CreateApiKey;

public sealed class CreateApiKeyCommandHandler(IApplicationDbContext context, ICurrentUser currentUser)
    : IRequestHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var key = ApiKeySecret.Generate();
        var apiKey = ApiKey.Create(request.Name!.Trim(), ApiKeySecret.Hash(key), currentUser.UserId);
        context.ApiKeys.Add(apiKey);
        await context.SaveChangesAsync(cancellationToken);
        return new CreatedApiKeyDto(apiKey.Id, apiKey.Name, apiKey.CreatedAt, apiKey.IsActive, key);
    }
}

namespace Invoke.Application.ApiKeys.Queries.GetApiKeyOwner;

public sealed record ApiKeyOwnerDto(int ApiKeyId, int UserId);

using MediatR;

namespace Invoke.Application.ApiKeys.Commands.RevokeApiKey;

/// <summary>Deactivates one of the current user's own keys (admins included: nobody revokes another's key).</summary>
public sealed record RevokeApiKeyCommand(int Id) : IRequest;

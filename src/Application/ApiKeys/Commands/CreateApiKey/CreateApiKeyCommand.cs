using MediatR;

namespace Invoke.Application.ApiKeys.Commands.CreateApiKey;

/// <summary>A new API key for the current user; the plain key is in the answer and nowhere else.</summary>
public sealed record CreateApiKeyCommand(string? Name) : IRequest<CreatedApiKeyDto>;

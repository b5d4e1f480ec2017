using MediatR;

namespace Invoke.Application.Auth.Queries.GetTurnstileConfig;

public sealed record GetTurnstileConfigQuery : IRequest<TurnstileConfigDto>;

using MediatR;

namespace Invoke.Application.Health.Queries.GetHealth;

public sealed record GetHealthQuery : IRequest<HealthDto>;

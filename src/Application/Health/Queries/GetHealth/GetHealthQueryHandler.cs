using Invoke.Application.Common.Interfaces;
using MediatR;

namespace Invoke.Application.Health.Queries.GetHealth;

public sealed class GetHealthQueryHandler(IDatabaseHealth databaseHealth, TimeProvider timeProvider)
    : IRequestHandler<GetHealthQuery, HealthDto>
{
    public async Task<HealthDto> Handle(GetHealthQuery request, CancellationToken cancellationToken)
    {
        var databaseReachable = await databaseHealth.CanConnectAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;

        return databaseReachable
            ? new HealthDto(HealthDto.Healthy, HealthDto.ServiceName, now, HealthDto.DatabaseOk)
            : new HealthDto(HealthDto.Unhealthy, HealthDto.ServiceName, now, HealthDto.DatabaseUnreachable);
    }
}

using Invoke.Application.Common.Options;
using MediatR;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Auth.Queries.GetTurnstileConfig;

public sealed class GetTurnstileConfigQueryHandler(IOptions<TurnstileOptions> options)
    : IRequestHandler<GetTurnstileConfigQuery, TurnstileConfigDto>
{
    public Task<TurnstileConfigDto> Handle(GetTurnstileConfigQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(new TurnstileConfigDto(options.Value.SiteKey));
}

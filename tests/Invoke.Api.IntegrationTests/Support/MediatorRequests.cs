using Invoke.Api.IntegrationTests.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Support;

/// <summary>Requests sent straight to the API's mediator, as the runtime sends its queries.</summary>
public static class MediatorRequests
{
    public static async Task<TResponse> SendAsync<TResponse>(this InvokeApiFactory factory, IRequest<TResponse> request)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}

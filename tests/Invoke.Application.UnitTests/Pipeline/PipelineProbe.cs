using MediatR;

namespace Invoke.Application.UnitTests.Pipeline;

/// <summary>A request, handler and two behaviours that write what they see into <see cref="Trace"/>.</summary>
public sealed class Trace
{
    public List<string> Steps { get; } = [];
}

public sealed record TracedRequest(string Name) : IRequest<string>;

public sealed class TracedRequestHandler(Trace trace) : IRequestHandler<TracedRequest, string>
{
    public Task<string> Handle(TracedRequest request, CancellationToken cancellationToken)
    {
        trace.Steps.Add("handler");
        return Task.FromResult($"hello {request.Name}");
    }
}

public sealed class OuterBehaviour<TRequest, TResponse>(Trace trace) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        trace.Steps.Add("outer>");
        var response = await next();
        trace.Steps.Add("<outer");
        return response;
    }
}

public sealed class InnerBehaviour<TRequest, TResponse>(Trace trace) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        trace.Steps.Add("inner>");
        var response = await next();
        trace.Steps.Add("<inner");
        return response;
    }
}

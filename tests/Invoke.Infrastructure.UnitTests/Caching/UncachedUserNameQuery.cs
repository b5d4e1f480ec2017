using MediatR;

namespace Invoke.Infrastructure.UnitTests.Caching;

internal sealed record UncachedUserNameQuery(int UserId) : IRequest<string>;

using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.ListAuthMethods;

/// <summary>The project's auth methods, oldest first.</summary>
public sealed record ListAuthMethodsQuery(Guid? ProjectId) : IRequest<AuthMethodListDto>;

/// <param name="HasGateway">False when the project has no gateway row yet (the original's "No auth methods found").</param>
public sealed record AuthMethodListDto(bool HasGateway, IReadOnlyList<AuthMethodDto> Methods);

using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.GetAuthMethod;

public sealed record GetAuthMethodQuery(Guid? ProjectId, Guid Id) : IRequest<AuthMethodDto>;

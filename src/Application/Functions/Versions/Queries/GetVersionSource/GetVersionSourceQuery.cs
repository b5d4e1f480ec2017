using MediatR;

namespace Invoke.Application.Functions.Versions.Queries.GetVersionSource;

public sealed record GetVersionSourceQuery(Guid FunctionId, Guid VersionId) : IRequest<VersionSourceDto>;

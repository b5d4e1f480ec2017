using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.DeleteFunctionVersion;

/// <summary>Deletes a version that is not the active one; its package bytes go with it.</summary>
public sealed record DeleteFunctionVersionCommand(Guid FunctionId, int? Version) : IRequest;

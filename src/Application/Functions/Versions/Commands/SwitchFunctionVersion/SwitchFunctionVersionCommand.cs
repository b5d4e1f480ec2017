using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.SwitchFunctionVersion;

/// <summary>Makes a version the active one, by id or by number (the id wins when both are given).</summary>
public sealed record SwitchFunctionVersionCommand(Guid FunctionId, Guid? VersionId, int? VersionNumber)
    : IRequest<SwitchedVersionDto>;

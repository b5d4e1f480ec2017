using Invoke.Application.Common.Behaviours;
using Invoke.Application.Functions.Packages;
using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;

/// <summary>
/// Adds a version from an uploaded archive. With <see cref="AfterBuildActions.Switch"/> it also becomes the active
/// version and the function is activated, as the legacy <c>POST /api/functions/{id}/update</c> always does.
/// </summary>
/// <param name="AfterBuildAction">Null, <see cref="AfterBuildActions.None"/> or <see cref="AfterBuildActions.Switch"/>.</param>
public sealed record UploadFunctionVersionCommand(Guid FunctionId, UploadedArchive? Archive, string? AfterBuildAction)
    : IRequest<UploadedVersionDto>, IRetryOnConflict
{
    public bool Activate => AfterBuildAction == AfterBuildActions.Switch;
}

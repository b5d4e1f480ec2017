using Invoke.Application.Common.Behaviours;
using Invoke.Application.Functions.Packages;
using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;

/// <summary>
/// Adds a version from an uploaded archive. With <paramref name="Activate"/> it also becomes the active version and
/// the function is activated: the legacy <c>POST /api/functions/{id}/update</c>.
/// </summary>
public sealed record UploadFunctionVersionCommand(Guid FunctionId, UploadedArchive? Archive, bool Activate = false)
    : IRequest<UploadedVersionDto>, IRetryOnConflict;

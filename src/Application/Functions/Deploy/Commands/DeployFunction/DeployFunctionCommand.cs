using Invoke.Application.Functions.Packages;
using MediatR;

namespace Invoke.Application.Functions.Deploy.Commands.DeployFunction;

/// <summary>
/// The newest original CLI's one-call deploy: uploads the archive as a new version of the project's function of that
/// name and switches to it, creating the function (as an upload does) when the project has none of that name. The
/// fields are the multipart form's strings.
/// </summary>
/// <param name="Mode">Only <c>upload</c>: the archive is in the request.</param>
/// <param name="Language">Accepted for the CLI; functions are JavaScript only.</param>
public sealed record DeployFunctionCommand(
    string? Mode, string? Name, string? Description, string? ProjectId, string? Language, UploadedArchive? Archive)
    : IRequest<DeployedFunctionDto>;

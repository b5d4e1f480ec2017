using Invoke.Application.Functions.Packages;
using MediatR;

namespace Invoke.Application.Functions.Upload.Commands.UploadFunction;

/// <summary>
/// Creates a function from an uploaded archive, with that archive as its active version 1. The fields are the
/// multipart form's strings; <paramref name="Name"/> defaults to the archive's file name without its extension.
/// </summary>
public sealed record UploadFunctionCommand(
    string? Name, string? Description, bool RequiresApiKey, string? ProjectId, UploadedArchive? Archive)
    : IRequest<UploadedFunctionDto>;

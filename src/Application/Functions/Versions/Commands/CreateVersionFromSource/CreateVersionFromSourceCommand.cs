using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.CreateVersionFromSource;

/// <summary>
/// Adds a version built from the source editor's file tree; with <paramref name="SetActive"/> it becomes the active
/// version (the function's own active flag is left as it is, as in the original).
/// </summary>
public sealed record CreateVersionFromSourceCommand(Guid FunctionId, IReadOnlyList<SourceNodeDto>? Files, bool SetActive)
    : IRequest<CreatedVersionDto>, IRetryOnConflict;

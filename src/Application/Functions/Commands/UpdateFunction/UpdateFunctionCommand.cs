using Invoke.Application.Functions.Common;
using MediatR;

namespace Invoke.Application.Functions.Commands.UpdateFunction;

/// <summary>Changes the given fields only; null means "leave as is".</summary>
public sealed record UpdateFunctionCommand(
    Guid FunctionId,
    string? Name,
    string? Description,
    bool? RequiresApiKey,
    bool? IsActive,
    bool? CustomTimeoutEnabled,
    int? CustomTimeoutSeconds,
    bool? CustomMemoryEnabled,
    int? CustomMemoryMb)
    : IRequest<FunctionRowDto>
{
    public bool ChangesLimits =>
        CustomTimeoutEnabled is not null || CustomTimeoutSeconds is not null
        || CustomMemoryEnabled is not null || CustomMemoryMb is not null;

    public bool ChangesNothing =>
        Name is null && Description is null && RequiresApiKey is null && IsActive is null && !ChangesLimits;
}

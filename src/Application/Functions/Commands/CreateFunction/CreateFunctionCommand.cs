using Invoke.Application.Functions.Common;
using MediatR;

namespace Invoke.Application.Functions.Commands.CreateFunction;

/// <summary>Creates a function without code (inactive, no version), as <c>POST /api/functions</c> does.</summary>
public sealed record CreateFunctionCommand(string? Name, Guid? ProjectId, string? Description, bool RequiresApiKey)
    : IRequest<FunctionRowDto>;

using MediatR;

namespace Invoke.Application.Retention.Commands.UpdateFunctionRetention;

/// <summary>Changes the given settings only; null means "leave as is", as in the original.</summary>
/// <param name="Enabled">True to use these settings for the function's logs instead of the global ones.</param>
public sealed record UpdateFunctionRetentionCommand(Guid FunctionId, string? Type, int? Value, bool? Enabled) : IRequest;

using Invoke.Application.Functions.Queries.GetFunctionList;

namespace Invoke.Application.Functions.Queries.ListFunctions;

/// <param name="CallerHasNoProject">True when a non-admin has no project at all (the original's own message).</param>
public sealed record FunctionListDto(IReadOnlyList<FunctionListItemDto> Functions, bool CallerHasNoProject);

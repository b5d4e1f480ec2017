using Microsoft.AspNetCore.Mvc.Filters;

namespace Invoke.Api.ErrorHandling;

/// <summary>
/// Refuses route, query and form values that hold a NUL. Model binding keeps each such value in the model state under
/// the name the client used; JSON bodies are checked by the JSON converter instead.
/// </summary>
internal sealed class NulCharacterFilter : IActionFilter, IOrderedFilter
{
    // Before the [ApiController] filter (order -2000) that answers 400 for an invalid model state.
    public int Order => -2001;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        foreach (var (key, entry) in context.ModelState)
        {
            if (NulCharacters.In(entry.AttemptedValue))
            {
                context.ModelState.TryAddModelException(key, new NulCharacterException());
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}

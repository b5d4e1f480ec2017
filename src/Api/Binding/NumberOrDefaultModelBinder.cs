using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.Binding;

/// <summary>
/// An integer query parameter that, like the original's <c>parseInt(x) || default</c>, takes its default when the
/// value is not a number at all (the original CLI sends <c>NaN</c> for an option it could not parse). Digits that do
/// not fit stay a binding error, and out-of-range numbers are the validators' to refuse.
/// </summary>
public sealed partial class NumberOrDefaultModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None || !WrittenAsInteger().IsMatch(value.FirstValue ?? string.Empty))
        {
            // Left unbound, the action parameter takes its declared default.
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (int.TryParse(value.FirstValue, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            bindingContext.Result = ModelBindingResult.Success(number);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"The value '{value.FirstValue}' is not valid.");
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex("^[+-]?[0-9]+$")]
    private static partial Regex WrittenAsInteger();
}

using FluentValidation;
using ValidationException = Invoke.Application.Common.Exceptions.ValidationException;

namespace Invoke.Application.UnitTests.TestDoubles;

/// <summary>A validator's failures as the API reports them: wire field name → messages.</summary>
public static class WireErrors
{
    public static IDictionary<string, string[]> Of<T>(IValidator<T> validator, T request) =>
        new ValidationException(validator.Validate(request).Errors).Errors;
}

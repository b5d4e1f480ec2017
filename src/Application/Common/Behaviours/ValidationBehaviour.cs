using FluentValidation;
using MediatR;
using ValidationException = Invoke.Application.Common.Exceptions.ValidationException;

namespace Invoke.Application.Common.Behaviours;

/// <summary>
/// Runs every validator of the request and throws one <see cref="ValidationException"/> with all failures,
/// so handlers only ever see well-formed requests.
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var context = new ValidationContext<TRequest>(request);
        var failures = new List<FluentValidation.Results.ValidationFailure>();

        // One after another, not Task.WhenAll: async rules may query the scoped DbContext, which allows one
        // operation at a time.
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(context, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count != 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}

using FluentValidation.Results;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Domain.Functions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.EnvironmentVariables.Commands.AddEnvironmentVariable;

public sealed class AddEnvironmentVariableCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<AddEnvironmentVariableCommand, Unit>
{
    public const string DuplicateMessage = "Variable with this name already exists";

    public async Task<Unit> Handle(AddEnvironmentVariableCommand request, CancellationToken cancellationToken)
    {
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken);

        // Checked here rather than in the validator, so that only members learn which names exist. The original
        // answers 400 for a duplicate; a concurrent add of the same name still ends as the index's 409.
        if (await db.FunctionEnvironmentVariables.AnyAsync(
                v => v.FunctionId == request.FunctionId && v.VariableName == request.Name, cancellationToken))
        {
            // An array rather than [..]: a one-element collection expression compiles to a synthesized list type that
            // lives outside the assembly's namespace, which the architecture tests refuse.
            throw new ValidationException(new[] { new ValidationFailure("variable_name", DuplicateMessage) });
        }

        db.FunctionEnvironmentVariables.Add(
            FunctionEnvironmentVariable.Create(request.FunctionId, request.Name!, request.Value!, request.Description));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

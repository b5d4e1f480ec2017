using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;

namespace Invoke.Application.Retention.Commands.UpdateFunctionRetention;

public sealed class UpdateFunctionRetentionCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<UpdateFunctionRetentionCommand, Unit>
{
    public async Task<Unit> Handle(UpdateFunctionRetentionCommand request, CancellationToken cancellationToken)
    {
        var function = await functionAccess.GetAsync(request.FunctionId, cancellationToken);

        function.ConfigureRetention(
            request.Enabled ?? function.RetentionEnabled ?? false,
            request.Type ?? function.RetentionType,
            request.Value ?? function.RetentionValue);
        await db.SaveChangesAsync(cancellationToken);

        return Unit.Value;
    }
}

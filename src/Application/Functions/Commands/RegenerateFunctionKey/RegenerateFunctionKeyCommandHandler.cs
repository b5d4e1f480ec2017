using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;

namespace Invoke.Application.Functions.Commands.RegenerateFunctionKey;

public sealed class RegenerateFunctionKeyCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<RegenerateFunctionKeyCommand, FunctionKeyDto>
{
    public async Task<FunctionKeyDto> Handle(RegenerateFunctionKeyCommand request, CancellationToken cancellationToken)
    {
        var function = await functionAccess.GetAsync(request.FunctionId, cancellationToken);

        var key = function.RegenerateApiKey();
        await db.SaveChangesAsync(cancellationToken);

        return new FunctionKeyDto(function.Id, key);
    }
}

using System.Globalization;
using System.Text.Json;
using Invoke.Application.Common.Exceptions;
using Invoke.Domain.KeyValueStore;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.IncrementKvValue;

internal sealed class IncrementKvValueCommandHandler(KvStorage storage) : IRequestHandler<IncrementKvValueCommand, double>
{
    public async Task<double> Handle(IncrementKvValueCommand request, CancellationToken cancellationToken)
    {
        var result = 0d;
        await storage.WriteAsync(request.ProjectId, request.Key, current =>
        {
            result = CurrentNumber(current) + request.By;
            if (!double.IsFinite(result))
            {
                throw new BadRequestException("The incremented value is not a finite number", "by");
            }

            return ProjectKvEntry.Create(
                request.ProjectId, request.Key, result.ToString("R", CultureInfo.InvariantCulture), current?.ExpiresAt, storage.MaxValueBytes);
        }, cancellationToken);
        return result;
    }

    private static double CurrentNumber(ProjectKvEntry? current)
    {
        if (current?.ValueJson is not { } json)
        {
            return 0;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Number
            ? document.RootElement.GetDouble()
            : throw new BadRequestException("The value under this key is not a number", "key");
    }
}

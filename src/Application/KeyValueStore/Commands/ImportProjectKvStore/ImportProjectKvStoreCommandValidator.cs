using FluentValidation;

namespace Invoke.Application.KeyValueStore.Commands.ImportProjectKvStore;

public sealed class ImportProjectKvStoreCommandValidator : AbstractValidator<ImportProjectKvStoreCommand>
{
    public const string DataMessage = "Data must be a JSON object with key-value pairs";

    public const string StrategyMessage = "Strategy must be either \"merge\" or \"replace\"";

    public ImportProjectKvStoreCommandValidator()
    {
        RuleFor(c => c.Entries).NotNull().WithMessage(DataMessage).OverridePropertyName("data");
        RuleFor(c => c.Strategy)
            .Must(s => s is ImportProjectKvStoreCommand.Merge or ImportProjectKvStoreCommand.Replace)
            .WithMessage(StrategyMessage);
    }
}

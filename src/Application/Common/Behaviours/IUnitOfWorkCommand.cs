namespace Invoke.Application.Common.Behaviours;

/// <summary>
/// A command that <see cref="UnitOfWorkBehaviour{TRequest,TResponse}"/> runs as one unit of work. Not carried directly:
/// a command says which kind it is through <see cref="IAtomicCommand"/>, <see cref="ISerializableCommand"/> and
/// <see cref="IRetryOnConflict"/>, which combine.
/// </summary>
public interface IUnitOfWorkCommand;

namespace Invoke.Application.Common.Behaviours;

/// <summary>
/// A command that reads rows and then writes on the strength of what it read (e.g. "the project keeps an owner"), which
/// concurrent commands could otherwise break: one SERIALIZABLE transaction, run again when the database aborts it for
/// a serialization failure or a deadlock.
/// </summary>
public interface ISerializableCommand : IUnitOfWorkCommand;

namespace Invoke.Application.Common.Behaviours;

/// <summary>
/// Marks a command whose only possible <c>ConflictException</c> is a lost race with a concurrent command (such as two
/// uploads taking the same next version number): <see cref="UnitOfWorkBehaviour{TRequest,TResponse}"/> runs it again
/// on fresh state. A command that can also conflict with data the client chose (a duplicate name) must not carry it,
/// or the client would wait through retries for the same 409.
/// </summary>
public interface IRetryOnConflict : IUnitOfWorkCommand;

namespace Invoke.Application.Common.Behaviours;

/// <summary>
/// A command whose writes land together or not at all: one READ COMMITTED transaction, run again when the database
/// aborts it for a deadlock. For writes that decide nothing from what they read, or that guard what they read in the
/// write itself (<c>n = n + 1</c>, <c>WHERE value = read</c>): a concurrent writer of the same row is waited for
/// instead of failing.
/// </summary>
public interface IAtomicCommand : IUnitOfWorkCommand;

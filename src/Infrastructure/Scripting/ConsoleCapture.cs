using Invoke.Application.Runtime.Execution;

namespace Invoke.Infrastructure.Scripting;

/// <summary>An invocation's console output, kept up to a count and a size; the rest is only counted as truncated.</summary>
internal sealed class ConsoleCapture(int maxEntries, int maxCharacters, TimeProvider time)
{
    private readonly List<ConsoleEntry> _entries = [];
    private int _characters;

    public IReadOnlyList<ConsoleEntry> Entries => _entries;

    public bool Truncated { get; private set; }

    public void Write(string level, string message)
    {
        if (Truncated)
        {
            return;
        }

        if (_entries.Count >= maxEntries || _characters + message.Length > maxCharacters)
        {
            Truncated = true;
            return;
        }

        _characters += message.Length;
        _entries.Add(new ConsoleEntry(level, message, time.GetUtcNow().UtcDateTime));
    }

    public void Clear()
    {
        _entries.Clear();
        _characters = 0;
    }
}

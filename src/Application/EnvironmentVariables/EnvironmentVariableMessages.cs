namespace Invoke.Application.EnvironmentVariables;

/// <summary>The original's wire messages shared by several environment-variable use cases (admin-api.md §5.14).</summary>
public static class EnvironmentVariableMessages
{
    public const string NameRule =
        "Must contain only letters, numbers, and underscores, and cannot start with a number.";

    public const string InvalidName = $"Invalid variable name. {NameRule}";

    public const string NameRequired = "Variable name is required";
}

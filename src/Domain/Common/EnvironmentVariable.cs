using System.Text.RegularExpressions;

namespace Invoke.Domain.Common;

/// <summary>
/// A variable a function runs with: a portable name and a string value. Functions have their own, and a project has
/// some for all of its functions; on equal names the function's wins.
/// </summary>
public abstract partial class EnvironmentVariable
{
    public const int NameMaxLength = 255;

    /// <summary>Room for a certificate or a JSON document; every run of the function loads all of its values.</summary>
    public const int ValueMaxLength = 32_768;

    protected EnvironmentVariable()
    {
    }

    protected EnvironmentVariable(string name, string value, string? description)
    {
        VariableName = ValidName(name);
        Update(value, description);
    }

    public int Id { get; private set; }

    public string VariableName { get; private set; } = null!;

    public string VariableValue { get; private set; } = null!;

    public string? Description { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public void Update(string value, string? description)
    {
        VariableValue = Ensure.MaxLength(
            value ?? throw new InvalidValueException("variable_value", "variable_value is required"),
            "variable_value", ValueMaxLength);
        Description = Descriptions.Valid(description);
    }

    /// <summary>A portable environment variable name: letters, digits and underscores, not starting with a digit.</summary>
    public static bool IsValidName(string? name) => name is not null && NameShape().IsMatch(name);

    private static string ValidName(string name) =>
        Ensure.MaxLength(name ?? string.Empty, "variable_name", NameMaxLength) is var value && IsValidName(value)
            ? value
            : throw new InvalidValueException(
                "variable_name",
                "Invalid variable name. Must contain only letters, numbers, and underscores, and cannot start with a number.");

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*\z")]
    private static partial Regex NameShape();
}

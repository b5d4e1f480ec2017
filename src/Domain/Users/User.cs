using Invoke.Domain.Common;

namespace Invoke.Domain.Users;

public sealed class User
{
    public const int UsernameMaxLength = 50;
    public const int EmailMaxLength = 255;
    public const int PasswordHashMaxLength = 255;

    private User()
    {
    }

    public int Id { get; private set; }

    public string Username { get; private set; } = null!;

    public string Email { get; private set; } = null!;

    public string PasswordHash { get; private set; } = null!;

    public bool? IsAdmin { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public DateTime? LastLogin { get; private set; }

    public static User Create(string username, string email, string passwordHash, bool isAdmin) =>
        new()
        {
            Username = Ensure.Required(username, "username", UsernameMaxLength),
            Email = ValidEmail(email),
            PasswordHash = Ensure.Required(passwordHash, "password_hash", PasswordHashMaxLength),
            IsAdmin = isAdmin,
        };

    public void ChangeUsername(string username) => Username = Ensure.Required(username, "username", UsernameMaxLength);

    public void ChangeEmail(string email) => Email = ValidEmail(email);

    public void GrantAdmin() => IsAdmin = true;

    public void RevokeAdmin() => IsAdmin = false;

    public void ChangePasswordHash(string passwordHash) =>
        PasswordHash = Ensure.Required(passwordHash, "password_hash", PasswordHashMaxLength);

    public void RecordLogin(DateTime at) => LastLogin = Ensure.Utc(at, "last_login");

    private static string ValidEmail(string email)
    {
        var value = Ensure.Required(email, "email", EmailMaxLength);
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Any(char.IsWhiteSpace)
            ? value
            : throw new InvalidValueException("email", "email must be a valid email address");
    }
}

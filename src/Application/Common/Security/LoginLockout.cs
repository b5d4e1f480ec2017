namespace Invoke.Application.Common.Security;

/// <summary>
/// The original's limits (admin-api.md §2.6): 5 failures within 15 minutes lock for 15 minutes. Invoke counts them
/// per typed identifier, per client address and, once the identifier names a user, per user, so trying many usernames
/// from one address, one username from many addresses, or a user's username and e-mail in turn is stopped alike.
/// </summary>
public static class LoginLockout
{
    public const int MaxAttempts = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    /// <summary>Usernames and emails are counted case-insensitively, so changing the case does not reset the count.</summary>
    public static string IdentifierKey(string identifier) => $"id:{identifier.Trim().ToLowerInvariant()}";

    public static string AddressKey(string address) => $"addr:{address}";

    public static string UserKey(int userId) => $"user:{userId}";

    /// <summary>Whole seconds until the lock ends, rounded up as the original does, and never below one.</summary>
    public static int SecondsUntil(DateTime lockedUntil, DateTime now) =>
        Math.Max(1, (int)Math.Ceiling((lockedUntil - now).TotalSeconds));
}

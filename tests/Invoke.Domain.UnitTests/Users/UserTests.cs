using Invoke.Domain.Common;
using Invoke.Domain.Users;

namespace Invoke.Domain.UnitTests.Users;

public sealed class UserTests
{
    [Fact]
    public void Create_WhenValuesAreValid_ShouldKeepThemTrimmed()
    {
        var user = User.Create("  alice ", "alice@example.com", "$2b$12$hash", isAdmin: true);

        Assert.Equal(("alice", "alice@example.com", "$2b$12$hash", (bool?)true), (user.Username, user.Email, user.PasswordHash, user.IsAdmin));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenUsernameIsBlank_ShouldRefuse(string username)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => User.Create(username, "a@example.com", "hash", isAdmin: false));

        Assert.Equal("username", refusal.Field);
    }

    [Fact]
    public void Create_WhenUsernameHasMaximumLength_ShouldAccept()
    {
        var user = User.Create(new string('u', User.UsernameMaxLength), "a@example.com", "hash", isAdmin: false);

        Assert.Equal(User.UsernameMaxLength, user.Username.Length);
    }

    [Fact]
    public void Create_WhenUsernameIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(
            () => User.Create(new string('u', User.UsernameMaxLength + 1), "a@example.com", "hash", isAdmin: false));

        Assert.Equal("username", refusal.Field);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("@example.com")]
    [InlineData("alice@")]
    [InlineData("a@b@example.com")]
    [InlineData("al ice@example.com")]
    public void Create_WhenEmailIsMalformed_ShouldRefuse(string email)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => User.Create("alice", email, "hash", isAdmin: false));

        Assert.Equal("email", refusal.Field);
    }

    [Fact]
    public void Create_WhenEmailIsTooLong_ShouldRefuse()
    {
        var email = new string('e', User.EmailMaxLength - "@x.io".Length + 1) + "@x.io";

        var refusal = Assert.Throws<InvalidValueException>(() => User.Create("alice", email, "hash", isAdmin: false));

        Assert.Equal("email", refusal.Field);
    }

    [Fact]
    public void ChangeEmail_WhenEmailIsValid_ShouldReplaceIt()
    {
        var user = User.Create("alice", "alice@example.com", "hash", isAdmin: false);

        user.ChangeEmail("alice@example.org");

        Assert.Equal("alice@example.org", user.Email);
    }

    [Fact]
    public void ChangeEmail_WhenEmailIsMalformed_ShouldRefuseAndKeepTheOldOne()
    {
        var user = User.Create("alice", "alice@example.com", "hash", isAdmin: false);

        Assert.Throws<InvalidValueException>(() => user.ChangeEmail("nope"));

        Assert.Equal("alice@example.com", user.Email);
    }

    [Fact]
    public void ChangePasswordHash_WhenBlank_ShouldRefuse()
    {
        var user = User.Create("alice", "alice@example.com", "hash", isAdmin: false);

        var refusal = Assert.Throws<InvalidValueException>(() => user.ChangePasswordHash(" "));

        Assert.Equal("password_hash", refusal.Field);
    }

    [Fact]
    public void RecordLogin_WhenTimeIsUtc_ShouldStoreIt()
    {
        var user = User.Create("alice", "alice@example.com", "hash", isAdmin: false);
        var at = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        user.RecordLogin(at);

        Assert.Equal(at, user.LastLogin);
    }

    [Fact]
    public void RecordLogin_WhenTimeIsLocal_ShouldRefuse()
    {
        var user = User.Create("alice", "alice@example.com", "hash", isAdmin: false);

        var refusal = Assert.Throws<InvalidValueException>(() => user.RecordLogin(DateTime.Now));

        Assert.Equal("last_login", refusal.Field);
    }

    [Fact]
    public void ChangeUsername_WhenValid_ShouldReplaceItTrimmed()
    {
        var user = User.Create("alice", "alice@example.com", "hash", isAdmin: false);

        user.ChangeUsername(" alicia ");

        Assert.Equal("alicia", user.Username);
    }

    [Fact]
    public void ChangeUsername_WhenTooLong_ShouldRefuseAndKeepTheOldOne()
    {
        var user = User.Create("alice", "alice@example.com", "hash", isAdmin: false);

        var refusal = Assert.Throws<InvalidValueException>(() => user.ChangeUsername(new string('u', User.UsernameMaxLength + 1)));

        Assert.Equal("username", refusal.Field);
        Assert.Equal("alice", user.Username);
    }

    [Fact]
    public void GrantAdminAndRevokeAdmin_ShouldSetTheFlag()
    {
        var user = User.Create("alice", "alice@example.com", "hash", isAdmin: false);

        user.GrantAdmin();
        var granted = user.IsAdmin;
        user.RevokeAdmin();

        Assert.Equal(((bool?)true, (bool?)false), (granted, user.IsAdmin));
    }
}

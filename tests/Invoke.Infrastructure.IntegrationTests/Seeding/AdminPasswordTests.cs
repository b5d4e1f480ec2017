using Invoke.Infrastructure.Persistence.Seeding;

namespace Invoke.Infrastructure.IntegrationTests.Seeding;

public sealed class AdminPasswordTests
{
    [Fact]
    public void Generate_ShouldReturnSixteenCharactersFromTheAlphabet()
    {
        var password = AdminPassword.Generate();

        Assert.Equal(16, password.Length);
        Assert.All(password, character => Assert.Contains(character, AdminPassword.Alphabet));
    }

    [Fact]
    public void Generate_WhenCalledManyTimes_ShouldUseEveryCharacterOfTheAlphabet()
    {
        var used = Enumerable.Range(0, 500).SelectMany(_ => AdminPassword.Generate()).ToHashSet();

        Assert.Equal(AdminPassword.Alphabet.ToHashSet(), used);
    }
}

using Invoke.Domain.ExecutionLogs;

namespace Invoke.Domain.UnitTests.ExecutionLogs;

public sealed class ExecutionLogRedactionTests
{
    private static readonly DateTime ExecutedAt = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("authorization")]
    [InlineData("Authorization")]
    [InlineData("PROXY-AUTHORIZATION")]
    [InlineData("Cookie")]
    [InlineData("set-cookie")]
    [InlineData("X-Api-Key")]
    [InlineData("x-invoke-data")]
    public void RedactHeaders_ShouldReplaceCredentialsInAnyCase(string name)
    {
        var redacted = ExecutionLogRedaction.RedactHeaders(new Dictionary<string, string>
        {
            [name] = "secret", ["content-type"] = "application/json",
        });

        Assert.Equal(
            new Dictionary<string, string> { [name] = ExecutionLogRedaction.RedactedValue, ["content-type"] = "application/json" },
            redacted);
    }

    [Fact]
    public void RedactHeaders_WhenAValueIsLong_ShouldCapItWithAMarker()
    {
        var redacted = ExecutionLogRedaction.RedactHeaders(new Dictionary<string, string>
        {
            ["x-long"] = new('v', ExecutionLogRedaction.MaxValueLength + 1),
        });

        var value = redacted["x-long"];
        Assert.Equal(ExecutionLogRedaction.MaxValueLength, value.Length);
        Assert.EndsWith($"...<TRUNCATED from {ExecutionLogRedaction.MaxValueLength + 1} characters>", value);
    }

    [Fact]
    public void RedactHeaders_WhenThereAreTooMany_ShouldKeepTheFirstAndCountTheOthers()
    {
        var headers = Enumerable.Range(0, 250).ToDictionary(i => $"x-h{i}", i => "v");

        var redacted = ExecutionLogRedaction.RedactHeaders(headers);

        Assert.Equal(ExecutionLogRedaction.MaxHeaders, redacted.Count);
        Assert.Equal("x-h98", redacted.Keys.ElementAt(ExecutionLogRedaction.MaxHeaders - 2));
        Assert.Equal("151", redacted[ExecutionLogRedaction.OmittedHeadersName]);
        Assert.Equal(redacted, ExecutionLogRedaction.RedactHeaders(redacted));
    }

    [Theory]
    [InlineData("/fn?api_key=s3cret", "/fn")]
    [InlineData("/fn?x=1&api_key=s3cret&y=2", "/fn?x=1&y=2")]
    [InlineData("/fn?apiKey=s3cret&x=1", "/fn?x=1")]
    [InlineData("/fn?APIKEY=a&API_KEY=b&apikey", "/fn")]
    [InlineData("/fn?api%5Fkey=s3cret&x=1", "/fn?x=1")]
    [InlineData("https://host/fn?api_key=s3cret#part", "https://host/fn#part")]
    [InlineData("/fn?api_key_hint=1&my_api_key=2", "/fn?api_key_hint=1&my_api_key=2")]
    [InlineData("/fn/api_key=1", "/fn/api_key=1")]
    [InlineData("/fn?a=1&&b", "/fn?a=1&&b")]
    public void RedactUrl_ShouldRemoveOnlyTheKeyParameters(string url, string expected)
    {
        var redacted = ExecutionLogRedaction.RedactUrl(url);

        Assert.Equal(expected, redacted);
    }

    [Fact]
    public void RedactUrl_WhenNull_ShouldStayNull()
    {
        Assert.Null(ExecutionLogRedaction.RedactUrl(null));
    }

    [Fact]
    public void CapBody_WhenWithinTheLimit_ShouldKeepItAsItIs()
    {
        var body = new string('b', ExecutionLogRedaction.MaxBodyLength);

        Assert.Same(body, ExecutionLogRedaction.CapBody(body));
    }

    [Fact]
    public void CapBody_WhenLonger_ShouldKeepItsStartAndNameItsLengthWithinTheLimit()
    {
        var body = new string('b', 1_000_000);

        var capped = ExecutionLogRedaction.CapBody(body)!;

        Assert.Equal(ExecutionLogRedaction.MaxBodyLength, capped.Length);
        Assert.StartsWith("bbbb", capped);
        Assert.EndsWith("bbb...<TRUNCATED from 1000000 characters>", capped);
        Assert.Equal(capped, ExecutionLogRedaction.CapBody(capped));
    }

    [Fact]
    public void CapBody_ShouldNotCutASurrogatePairInHalf()
    {
        var marker = "...<TRUNCATED from 70000 characters>";
        var cut = ExecutionLogRedaction.MaxBodyLength - marker.Length;
        var body = new string('a', cut - 1) + "😀" + new string('z', 70000 - cut - 1);

        var capped = ExecutionLogRedaction.CapBody(body)!;

        Assert.Equal(new string('a', cut - 1) + marker, capped);
    }

    [Fact]
    public void CapBody_ShouldReplaceWhatPostgreSqlCannotStore()
    {
        // Built from char codes: xunit would mangle unpaired surrogates in theory data.
        var (high, low) = ((char)0xD800, (char)0xDC00);

        var capped = ExecutionLogRedaction.CapBody($"nul \0, high {high}, low {low}, reversed {low}{high}, pair 😀");

        Assert.Equal("nul \uFFFD, high \uFFFD, low \uFFFD, reversed \uFFFD\uFFFD, pair 😀", capped);
    }

    [Fact]
    public void CapMethod_ShouldKeepTheColumnsWidth()
    {
        Assert.Equal("VERSION-CO", ExecutionLogRedaction.CapMethod("VERSION-CONTROL"));
        Assert.Equal("SCHEDULED", ExecutionLogRedaction.CapMethod("SCHEDULED"));
    }

    [Fact]
    public void CapConsole_WhenWithinTheLimits_ShouldKeepEveryEntry()
    {
        IReadOnlyList<ConsoleLogEntry> entries = [Entry("hello", 1), Entry("world", 2)];

        var (capped, truncated) = ExecutionLogRedaction.CapConsole(entries, truncatedAtSource: false, ExecutedAt);

        Assert.Same(entries, capped);
        Assert.False(truncated);
    }

    [Fact]
    public void CapConsole_WhenTheRuntimeCutTheOutput_ShouldAppendTheMarkerTimedAtTheLastEntry()
    {
        var (capped, truncated) = ExecutionLogRedaction.CapConsole(
            [Entry("hello", 1), Entry("world", 2)], truncatedAtSource: true, ExecutedAt);

        Assert.True(truncated);
        Assert.Equal(
            [Entry("hello", 1), Entry("world", 2), Marker(ExecutedAt.AddSeconds(2))],
            capped);
    }

    [Fact]
    public void CapConsole_WhenTheRuntimeCutEverything_ShouldTimeTheMarkerAtTheExecution()
    {
        var (capped, _) = ExecutionLogRedaction.CapConsole([], truncatedAtSource: true, ExecutedAt);

        Assert.Equal([Marker(ExecutedAt)], capped);
    }

    [Fact]
    public void CapConsole_WhenThereAreTooManyEntries_ShouldKeepTheFirstAndTheMarker()
    {
        var entries = Enumerable.Range(0, 5000).Select(i => Entry($"line {i}", i)).ToList();

        var (capped, truncated) = ExecutionLogRedaction.CapConsole(entries, truncatedAtSource: false, ExecutedAt);

        Assert.True(truncated);
        Assert.Equal(ExecutionLogRedaction.MaxConsoleEntries, capped.Count);
        Assert.Equal(entries.Take(ExecutionLogRedaction.MaxConsoleEntries - 1), capped.SkipLast(1));
        Assert.Equal(Marker(ExecutedAt.AddSeconds(4999)), capped[^1]);
    }

    [Fact]
    public void CapConsole_WhenTheMessagesAreTooLong_ShouldCutThemWithinTheLengthIncludingTheMarker()
    {
        var entries = Enumerable.Range(0, 10).Select(i => Entry(new string('m', 100_000), i)).ToList();

        var (capped, truncated) = ExecutionLogRedaction.CapConsole(entries, truncatedAtSource: false, ExecutedAt);

        Assert.True(truncated);
        Assert.Equal(4, capped.Count);
        Assert.Equal(ExecutionLogRedaction.MaxConsoleLength, capped.Sum(e => e.Message.Length));
        Assert.Equal(capped[^1], Marker(ExecutedAt.AddSeconds(9)));
    }

    [Fact]
    public void CapConsole_WhenAppliedToItsOwnResult_ShouldChangeNothing()
    {
        var entries = Enumerable.Range(0, 3000).Select(i => Entry(new string('m', i), i)).ToList();
        var (once, truncated) = ExecutionLogRedaction.CapConsole(entries, truncatedAtSource: true, ExecutedAt);

        var (twice, stillTruncated) = ExecutionLogRedaction.CapConsole(once, truncated, ExecutedAt);

        Assert.Equal(once, twice);
        Assert.True(stillTruncated);
    }

    [Fact]
    public void CapConsole_ShouldReplaceWhatPostgreSqlCannotStore()
    {
        var (capped, _) = ExecutionLogRedaction.CapConsole([Entry("nul\0", 1)], truncatedAtSource: false, ExecutedAt);

        Assert.Equal("nul\uFFFD", Assert.Single(capped).Message);
    }

    private static ConsoleLogEntry Entry(string message, int second) => new("log", message, ExecutedAt.AddSeconds(second));

    private static ConsoleLogEntry Marker(DateTime at) =>
        new(ExecutionLogRedaction.ConsoleTruncatedLevel, ExecutionLogRedaction.ConsoleTruncatedMessage, at);
}

using System.Net;
using System.Text;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.KeyValueStore;

/// <summary>The <c>kv</c> global through real invocations on the execution port.</summary>
[Collection(KvCollection.Name)]
public sealed class KvFunctionTests(KvFactory factory)
{
    // Runs the script given in the request body as the body of an async function with kv in scope, answering its result.
    private const string Evaluator = """
        module.exports = async (req, res) => {
          const run = new Function('kv', `return (async () => { ${req.body.script} })();`);
          try { res.json({ result: await run(kv) }); } catch (error) { res.status(500).json({ error: String(error.message) }); }
        };
        """;

    private readonly HttpClient _execution = factory.ExecutionClient();

    [Fact]
    public async Task Get_AfterSet_ShouldReturnEveryJsonTypeAsItWas()
    {
        var function = await factory.DeployAsync(Evaluator);

        var result = await RunAsync(function, """
            const values = { s: 'text', colon: ':x', n: 42.5, big: 1e21, t: true, f: false, o: { a: [1, { b: null }], e: '' }, a: [1, 'x', [2]], z: null };
            const back = {};
            for (const [k, v] of Object.entries(values)) { await kv.set(k, v); back[k] = await kv.get(k); }
            const same = Object.keys(values).every((k) => JSON.stringify(back[k]) === JSON.stringify(values[k]) && typeof back[k] === typeof values[k]);
            return { same, back, missing: typeof (await kv.get('never-set')), date: await (kv.set('d', new Date(0)).then(() => kv.get('d'))) };
            """);

        Assert.True(result.GetProperty("same").GetBoolean(), result.ToString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("back").GetProperty("z").ValueKind);
        Assert.Equal("undefined", result.GetProperty("missing").GetString());
        Assert.Equal("1970-01-01T00:00:00.000Z", result.GetProperty("date").GetString());
    }

    [Fact]
    public async Task HasAndDelete_ShouldAnswerWhetherTheKeyExisted()
    {
        var function = await factory.DeployAsync(Evaluator);

        var result = await RunAsync(function, """
            const before = await kv.has('k');
            const set = await kv.set('k', 0);
            const after = await kv.has('k');
            const deleted = await kv.delete('k');
            const again = await kv.delete('k');
            return [before, set, after, deleted, again, await kv.has('k'), typeof (await kv.get('k'))];
            """);

        Assert.Equal("""[false,true,true,true,false,false,"undefined"]""", result.GetRawText());
    }

    [Fact]
    public async Task Get_AfterTheTtlPassed_ShouldBeUndefined()
    {
        var function = await factory.DeployAsync(Evaluator);
        await RunAsync(function, "await kv.set('session', { id: 1 }, 60000); await kv.set('forever', 1);");

        var early = await RunAsync(function, "return [await kv.get('session'), await kv.has('session')];");
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var late = await RunAsync(function, "return [typeof (await kv.get('session')), await kv.has('session'), await kv.get('forever')];");

        Assert.Equal("""[{"id":1},true]""", early.GetRawText());
        Assert.Equal("""["undefined",false,1]""", late.GetRawText());
    }

    [Fact]
    public async Task SameKey_InTwoProjects_ShouldStayApart()
    {
        var first = await factory.DeployAsync(Evaluator);
        var second = await factory.DeployAsync(Evaluator);

        await RunAsync(first, "await kv.set('shared', 'first');");
        await RunAsync(second, "await kv.set('shared', 'second');");

        Assert.Equal("first", (await RunAsync(first, "return kv.get('shared');")).GetString());
        Assert.Equal("second", (await RunAsync(second, "return kv.get('shared');")).GetString());
        // A key spelled like the other project's stored key is only a key of the caller's own project.
        Assert.Equal(
            """["undefined",[]]""",
            (await RunAsync(second, $"return [typeof (await kv.get('{first.ProjectId}:shared')), (await kv.list({{ prefix: '{first.ProjectId}' }})).keys];")).GetRawText());
    }

    [Fact]
    public async Task Clear_ShouldEmptyOnlyTheCallersProject()
    {
        var caller = await factory.DeployAsync(Evaluator);
        var sibling = await factory.DeployInAsync(caller.ProjectId!.Value, Evaluator);
        var other = await factory.DeployAsync(Evaluator);
        await RunAsync(caller, "await kv.set('a', 1); await kv.set('b', 2);");
        await RunAsync(other, "await kv.set('a', 'kept');");

        var cleared = await RunAsync(caller, "return kv.clear();");

        Assert.True(cleared.GetBoolean());
        Assert.Equal("""["undefined",false]""", (await RunAsync(sibling, "return [typeof (await kv.get('a')), await kv.has('b')];")).GetRawText());
        Assert.Equal("kept", (await RunAsync(other, "return kv.get('a');")).GetString());
        Assert.Equal(0, (await factory.KvUsageAsync(caller.ProjectId!.Value)).Counter);
    }

    [Fact]
    public async Task Set_BeyondTheQuota_ShouldRejectWithQuotaExceededAndKeepTheOldValue()
    {
        var function = await factory.DeployAsync(Evaluator);
        await factory.SetKvLimitAsync(function.ProjectId!.Value, 300);
        await RunAsync(function, "await kv.set('k', 'small');");
        var used = (await factory.KvUsageAsync(function.ProjectId!.Value)).Counter;

        var response = await SendAsync(function, "await kv.set('k', 'x'.repeat(400));");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("KV set error: Storage quota exceeded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("small", (await RunAsync(function, "return kv.get('k');")).GetString());
        Assert.Equal(used, (await factory.KvUsageAsync(function.ProjectId!.Value)).Counter);
    }

    [Fact]
    public async Task ListAndIncrement_ShouldPageByPrefixAndCountAtomically()
    {
        var function = await factory.DeployAsync(Evaluator);

        var result = await RunAsync(function, """
            for (const k of ['user:1', 'user:2', 'user:3', 'other']) await kv.set(k, true);
            const first = await kv.list({ prefix: 'user:', limit: 2 });
            const rest = await kv.list({ prefix: 'user:', limit: 2, cursor: first.cursor });
            const counts = await Promise.all(Array.from({ length: 10 }, () => kv.increment('hits')));
            return { first, rest, last: await kv.increment('hits', 5), max: Math.max(...counts) };
            """);

        Assert.Equal("""{"keys":["user:1","user:2"],"cursor":"user:2"}""", result.GetProperty("first").GetRawText());
        Assert.Equal("""{"keys":["user:3"]}""", result.GetProperty("rest").GetRawText());
        Assert.Equal(10, result.GetProperty("max").GetInt32());
        Assert.Equal(15, result.GetProperty("last").GetInt32());
    }

    [Fact]
    public async Task Invalid_Calls_ShouldRejectWithTheRuleBroken()
    {
        var function = await factory.DeployAsync(Evaluator);

        var result = await RunAsync(function, """
            const reasons = [];
            for (const attempt of [() => kv.set('k'.repeat(513), 1), () => kv.set('k', undefined), () => kv.get(''), () => kv.set('n\0ul', 1), () => kv.set('k', 1, -5)]) {
              try { await attempt(); reasons.push('accepted'); } catch (error) { reasons.push(error.message); }
            }
            return reasons;
            """);

        var reasons = result.EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains("512 bytes", reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("KV set error: the value must be serialisable as JSON", reasons[1], StringComparison.Ordinal);
        Assert.StartsWith("KV get error: Key is required", reasons[2], StringComparison.Ordinal);
        Assert.Contains("NUL", reasons[3], StringComparison.Ordinal);
        Assert.StartsWith("KV set error: ttl must be", reasons[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_ThatDoesNotAwait_ShouldStillSeeTheStoreAnswer()
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => { kv.set('x', 7).then(() => kv.get('x')).then((v) => res.json({ v })); };");

        var response = await _execution.GetAsync($"/invoke/{function.Id}");

        Assert.Equal("""{"v":7}""", await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> RunAsync(Function function, string script)
    {
        var response = await SendAsync(function, script);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.TryGetProperty("result", out var result) ? result.Clone() : default;
    }

    private Task<HttpResponseMessage> SendAsync(Function function, string script) =>
        _execution.PostAsync(
            $"/invoke/{function.Id}",
            new StringContent(JsonSerializer.Serialize(new { script }), Encoding.UTF8, "application/json"));
}

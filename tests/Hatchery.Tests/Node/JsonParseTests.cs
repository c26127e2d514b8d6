namespace Hatchery.Tests.Node;

/// <summary>
/// JSON.parse at any depth: text deeper than Jint's parser takes is parsed again iteratively, and must give exactly
/// what the shallow parse gives, including its errors' kinds, for every shape of value.
/// </summary>
public class JsonParseTests
{
    private const int Deeper = 70;

    private static string Eval(string code)
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()));
        return runtime.Evaluate(code).ToString();
    }

    [Theory]
    [InlineData("""{"b":1,"a":2,"1":3,"b":4,"__proto__":5}""")]
    [InlineData("""[1, -0.5e-3, 1E+2, 0, -0, 123456789012345678901234567890]""")]
    [InlineData("""  "tab\there \"quoted\" \\ \/ \b\f\n\r \u00e9\uD83D\uDE00"  """)]
    [InlineData("""{ "nested" : [ { } , [ ] , null , true , false ] , "" : "empty key" }""")]
    [InlineData("""[[[[1]]],{"x":{"y":{"z":[]}}}]""")]
    public void DeepTextParsesLikeShallowText(string json)
    {
        var code = $$"""
            const inner = {{System.Text.Json.JsonSerializer.Serialize(json)}};
            const deep = JSON.parse('['.repeat({{Deeper}}) + inner + ']'.repeat({{Deeper}}));
            let value = deep; for (let i = 0; i < {{Deeper}}; i++) value = value[0];
            const shallow = JSON.parse(inner);
            const own = v => v && typeof v === 'object' ? Object.getOwnPropertyNames(v).map(k => k + ':' + own(v[k])).join(',') : String(Object.is(v, -0) ? '-0' : v);
            [JSON.stringify(value) === JSON.stringify(shallow), own(value) === own(shallow), Object.getPrototypeOf(value) === Object.getPrototypeOf(shallow)].join(' ')
            """;
        Assert.Equal("true true true", Eval(code));
    }

    [Theory]
    [InlineData("[1,]", "Unexpected token ']', ...\"")]
    [InlineData("{\"a\" 1}", "Expected ':' after property name in JSON at position ")]
    [InlineData("[1", "Expected ',' or ']' after array element in JSON at position ")]
    [InlineData("\"\\u12G4\"", "Bad Unicode escape in JSON at position ")]
    [InlineData("\"a\u0001\"", "Bad control character in string literal in JSON at position ")]
    [InlineData("01", "Unexpected number in JSON at position ")]
    [InlineData("{\"a\":1,}", "Expected double-quoted property name in JSON at position ")]
    [InlineData("tru", "Unexpected token ']'")]
    [InlineData("[1] x", "Expected ',' or ']' after array element in JSON at position ")]
    [InlineData("\"\\x\"", "Bad escaped character in JSON at position ")]
    [InlineData("1e", "Exponent part is missing a number in JSON at position ")]
    [InlineData("-", "No number after minus sign in JSON at position ")]
    [InlineData("1.", "Unterminated fractional number in JSON at position ")]
    [InlineData("{1:2}", "Expected property name or '}' in JSON at position ")]
    public void DeepInvalidTextIsASyntaxErrorNamingWhatIsWrong(string json, string expected)
    {
        var code = $$"""
            const inner = {{System.Text.Json.JsonSerializer.Serialize(json)}};
            try { JSON.parse('['.repeat({{Deeper}}) + inner + ']'.repeat({{Deeper}})); 'parsed' } catch (e) { e.name + ': ' + e.message }
            """;
        var message = Eval(code);
        Assert.StartsWith("SyntaxError: ", message);
        Assert.Contains(expected, message);
    }

    [Fact]
    public void AReviverSeesEveryValueOfADeepDocumentChildrenFirst()
    {
        Assert.Equal("70 true", Eval("""
            const seen = [];
            const value = JSON.parse('{"a":'.repeat(70) + '1' + '}'.repeat(70), function (key, v) { seen.push(key); return typeof v === 'number' ? v + 1 : v });
            let inner = value; for (let i = 0; i < 69; i++) inner = inner.a;
            [seen.filter(k => k === 'a').length, inner.a === 2 && seen[seen.length - 1] === ''].join(' ')
            """));
    }

    [Fact]
    public void AReviverReturningUndefinedDeletesTheProperty()
    {
        Assert.Equal("""{"keep":1}""", Eval("""
            const deep = JSON.parse('['.repeat(70) + '{"keep":1,"drop":2}' + ']'.repeat(70), (k, v) => k === 'drop' ? undefined : v);
            let value = deep; for (let i = 0; i < 70; i++) value = value[0]; JSON.stringify(value)
            """));
    }

    [Fact]
    public void TheTextIsConvertedToAStringOnce()
    {
        Assert.Equal("1 70", Eval("""
            let calls = 0;
            const deep = JSON.parse({ toString() { calls++; return '['.repeat(70) + ']'.repeat(70) } });
            let depth = 1, value = deep; while (value.length) { value = value[0]; depth++ } calls + ' ' + depth
            """));
    }

    [Fact]
    public void JsonKeepsItsShapeAndParseItsAttributes()
    {
        Assert.Equal("false true true parse 2 false JSON true", Eval("""
            const parse = Object.getOwnPropertyDescriptor(JSON, 'parse'), global = Object.getOwnPropertyDescriptor(globalThis, 'JSON');
            [parse.enumerable, parse.writable, parse.configurable, JSON.parse.name, JSON.parse.length, global.enumerable, JSON[Symbol.toStringTag], typeof JSON.stringify === 'function'].join(' ')
            """));
    }

    [Fact]
    public void ADeepJsonModuleLoads()
    {
        using var tree = TestHost.Files(("deep.json", new string('[', 5000) + "\"core\"" + new string(']', 5000)),
            ("main.js", "let v = require('./deep.json'); for (let i = 0; i < 5000; i++) v = v[0]; console.log(v)"));
        var (runtime, output) = TestHost.Open();
        using (runtime) runtime.RunMain(tree["main.js"]);
        Assert.Equal("core\n", output.Out);
    }
}

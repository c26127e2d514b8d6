namespace Hatchery.Tests.Node;

/// <summary>
/// <c>Function</c> behind the guard that joins many parameter arguments: it must stay the same constructor to scripts
/// (identity, prototype, subclassing, conversion order, errors), and many parameters must cost linear time.
/// </summary>
public class FunctionConstructorTests
{
    // The guard is installed where a time limit must hold.
    private static string Eval(string code)
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()).LimitTime(TimeSpan.FromSeconds(30)));
        return runtime.Evaluate(code).ToString();
    }

    [Fact]
    public void WithoutATimeLimitFunctionIsJintsOwn()
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()));
        Assert.Equal("function Function() { [native code] }", runtime.Evaluate("String(Function)").ToString());
    }

    [Fact]
    public void WithATimeLimitFunctionIsTheGuard()
    {
        Assert.Equal("function () { [native code] }", Eval("String(Function)"));
    }

    [Fact]
    public void FunctionIsStillTheConstructorOfEveryFunction()
    {
        Assert.Equal("true true true true Function 1 true", Eval("""
            [Function === (function () {}).constructor, Function.prototype.constructor === Function, (() => 1) instanceof Function,
             Object.getPrototypeOf(Function) === Function.prototype, Function.name, Function.length, typeof Function === 'function'].join(' ')
            """));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void ParametersAndBodyMakeTheSameFunctionWithOrWithoutNew(int count)
    {
        Assert.Equal($"{count} {count * (count - 1) / 2} {count * (count - 1) / 2}", Eval($$"""
            const names = Array.from({ length: {{count}} }, (_, i) => 'p' + i), values = names.map((_, i) => i);
            const body = 'return ' + names.join(' + ');
            const made = new Function(...names, body), called = Function(...names, body);
            [made.length, made(...values), called(...values)].join(' ')
            """));
    }

    [Fact]
    public void ArgumentsAreConvertedInOrderParametersThenBody()
    {
        Assert.Equal("0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,body", Eval("""
            const order = [], tag = n => ({ toString() { order.push(n); return 'p' + n } });
            new Function(...Array.from({ length: 20 }, (_, i) => tag(i)), tag('body')); order.join(',')
            """));
    }

    [Fact]
    public void BadArgumentsGiveTheErrorsJintGives()
    {
        Assert.Equal("TypeError SyntaxError TypeError", Eval("""
            const kind = f => { try { f(); return 'none' } catch (e) { return e.name } };
            [kind(() => new Function(...Array(20).fill('a'), Symbol(), 'x')), kind(() => new Function(...Array(20).fill('a'), ')', 'x')),
             kind(() => new Function(Symbol(), 'x'))].join(' ')
            """));
    }

    [Fact]
    public void AClassCanExtendFunction()
    {
        Assert.Equal("7 true true", Eval("""
            class Seven extends Function { constructor() { super('return 7') } }
            const seven = new Seven(); [seven(), seven instanceof Seven, Object.getPrototypeOf(seven) === Seven.prototype].join(' ')
            """));
    }

    // Jint's first call checks the names for duplicates quadratically (12 s at 100,000 under load): the guard's limit.
    [Fact]
    public void TheMostParametersAreCreatedAndCalledWithinATimeLimit()
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()).LimitTime(TimeSpan.FromSeconds(10)));
        Assert.Equal("16384 1", runtime.Evaluate(
            "const f = new Function(...Array.from({ length: 16384 }, (_, i) => 'p' + i), 'return 1'); f.length + ' ' + f()").ToString());
    }

    [Theory]
    [InlineData("new Function(...names(16385), 'return 1')")]
    [InlineData("Function(names(100000).join(','), 'return 1')")]
    [InlineData("new Function('[' + names(20000).join(',') + ']', '{ a: { b: c } }', 'return 1')")]
    [InlineData("new (Object.getPrototypeOf(function* () {}).constructor)(...names(16385), 'yield 1')")]
    public void MoreParametersAreV8sSyntaxError(string make)
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()).LimitTime(TimeSpan.FromSeconds(10)));
        Assert.Equal("SyntaxError: Too many parameters in function definition (only 16384 allowed)", runtime.Evaluate(
            "const names = (n) => Array.from({ length: n }, (_, i) => 'p' + i); try { " + make + "; 'made' } catch (e) { e.name + ': ' + e.message }").ToString());
    }

    // The count is of names, not of characters: a long default value is one parameter.
    [Fact]
    public void ALongParameterTextWithFewNamesIsMade()
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()).LimitTime(TimeSpan.FromSeconds(10)));
        Assert.Equal("100002", runtime.Evaluate("new Function(\"a = '\" + 'x'.repeat(100000) + \"'\", 'return a.length + 2')()").ToString());
    }
}

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

    [Fact]
    public void AHundredThousandParametersAreCreatedWithinATimeLimit()
    {
        using var runtime = JsRuntime.Open(o => o.UseConsole(new CapturedOutput()).LimitTime(TimeSpan.FromSeconds(5)));
        Assert.Equal("function", runtime.Evaluate(
            "typeof new Function(...Array.from({ length: 100000 }, (_, i) => 'p' + i), 'return 1')").ToString());
    }
}

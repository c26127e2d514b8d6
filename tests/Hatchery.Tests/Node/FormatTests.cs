namespace Hatchery.Tests.Node;

/// <summary>util.format through console.log; expected strings were produced by running the same script under Node 20.</summary>
public class FormatTests
{
    [Theory]
    [InlineData("console.log('%s is %d years', 'Bob', 42)", "Bob is 42 years\n")]
    [InlineData("console.log('%i|%i|%i|%i', 42.9, '42abc', '0x1F', -7.5)", "42|42|31|-7\n")]
    [InlineData("console.log('%f|%f|%f|%f', '3.5x', 'abc', '1e3', '-Infinityx')", "3.5|NaN|1000|-Infinity\n")]
    [InlineData("console.log('%d|%d|%d|%d|%d', '', '12', 5n, {}, -0)", "0|12|5n|NaN|-0\n")]
    [InlineData("console.log('%j', { a: [1, 'x'], b: undefined, c: null })", "{\"a\":[1,\"x\"],\"c\":null}\n")]
    [InlineData("const o = {}; o.o = o; console.log('%j', o)", "[Circular]\n")]
    [InlineData("console.log('%j|%j|%j', 'q\"s', 5, undefined)", "\"q\\\"s\"|5|undefined\n")]
    [InlineData("console.log('%o', { a: 1, nested: { b: [1, 2] } })", "{ a: 1, nested: { b: [ 1, 2, [length]: 2 ] } }\n")]
    [InlineData("console.log('%O', { a: { b: { c: { d: 1 } } } })", "{ a: { b: { c: [Object] } } }\n")]
    [InlineData("console.log('%c styled %c', 'color: red', 'font-weight: bold')", " styled \n")]
    [InlineData("console.log('100%% sure %s', 'yes'); console.log('100%%')", "100% sure yes\n100%%\n")]
    [InlineData("console.log('a', 1, { b: 2 }, ['c'], 'raw string')", "a 1 { b: 2 } [ 'c' ] raw string\n")]
    [InlineData("console.log('%s %s', 'only one')", "only one %s\n")]
    [InlineData("console.log('%s', 'x', 'extra', 5, { y: 1 })", "x extra 5 { y: 1 }\n")]
    [InlineData("console.log(5, 'a', { b: 1 }, null, undefined)", "5 a { b: 1 } null undefined\n")]
    [InlineData("console.log({ a: 1 }, '%s', 'x')", "{ a: 1 } %s x\n")]
    [InlineData("console.log('%s|%s|%s|%s', { a: { b: 1 } }, [1, [2, [3]]], 5n, Symbol('q'))", "{ a: [Object] }|[ 1, [Array] ]|5n|Symbol(q)\n")]
    [InlineData("console.log('%s|%s|%s|%s', null, undefined, -0, true)", "null|undefined|-0|true\n")]
    [InlineData("class P { toString() { return 'P!' } } class Q {} console.log('%s %s', new P(), new Q())", "P! Q {}\n")]
    [InlineData("console.log('%s', { toString() { return 'own' } })", "own\n")]
    [InlineData("console.log('%x %s', 'a'); console.log('trailing %')", "%x a\ntrailing %\n")]
    [InlineData("console.log('%s:%s', 'a')", "a:%s\n")]
    [InlineData("console.log('%d%%', 50)", "50%\n")]
    [InlineData("console.log('no directives', 'x')", "no directives x\n")]
    [InlineData("console.log()", "\n")]
    [InlineData("console.log('')", "\n")]
    [InlineData("console.log('%s', new Date(0))", "1970-01-01T00:00:00.000Z\n")]
    [InlineData("console.log('%i', 5n); console.log('%i', Symbol('s')); console.log('%f', Symbol('s'))", "5n\nNaN\nNaN\n")]
    public void FormatsLikeNode(string script, string expected)
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate(script);
            Assert.Equal("", output.Error);
            Assert.Equal(expected, output.Out);
        }
    }
}

namespace Hatchery.Tests.Node;

/// <summary>The console methods; exact expected strings were produced by running the same script under Node 20.</summary>
public class ConsoleTests
{
    [Theory]
    [InlineData("console.log('log'); console.info('info'); console.debug('debug'); console.dirxml('xml', 1); console.warn('warn'); console.error('error')", "log\ninfo\ndebug\nxml 1\n")]
    [InlineData("console.count(); console.count(); console.count('x'); console.countReset(); console.count(); console.count('x')", "default: 1\ndefault: 2\nx: 1\ndefault: 1\nx: 2\n")]
    [InlineData("console.log('a'); console.group('G1'); console.log('b'); console.group(); console.log('c\\nd'); console.log({ k: { v: [1, 2] } }); console.groupEnd(); console.log('e'); console.groupEnd(); console.groupEnd(); console.log('f')", "a\nG1\n  b\n    c\n    d\n    { k: { v: [ 1, 2 ] } }\n  e\nf\n")]
    [InlineData("console.groupCollapsed('label %d', 1); console.info('inside'); console.groupEnd(); console.log('out')", "label 1\n  inside\nout\n")]
    [InlineData("console.table([{ a: 1, b: 'xyz' }, { a: 22 }])", "┌─────────┬────┬───────┐\n│ (index) │ a  │ b     │\n├─────────┼────┼───────┤\n│ 0       │ 1  │ 'xyz' │\n│ 1       │ 22 │       │\n└─────────┴────┴───────┘\n")]
    [InlineData("console.table([1, 'two', { x: 3 }])", "┌─────────┬───┬────────┐\n│ (index) │ x │ Values │\n├─────────┼───┼────────┤\n│ 0       │   │ 1      │\n│ 1       │   │ 'two'  │\n│ 2       │ 3 │        │\n└─────────┴───┴────────┘\n")]
    [InlineData("console.table([[1, 2], [3]])", "┌─────────┬───┬───┐\n│ (index) │ 0 │ 1 │\n├─────────┼───┼───┤\n│ 0       │ 1 │ 2 │\n│ 1       │ 3 │   │\n└─────────┴───┴───┘\n")]
    [InlineData("console.table({ a: { x: 1 }, b: { y: 2 } })", "┌─────────┬───┬───┐\n│ (index) │ x │ y │\n├─────────┼───┼───┤\n│ a       │ 1 │   │\n│ b       │   │ 2 │\n└─────────┴───┴───┘\n")]
    [InlineData("console.table([{ a: 1, b: 2 }, { a: 3 }], ['a'])", "┌─────────┬───┐\n│ (index) │ a │\n├─────────┼───┤\n│ 0       │ 1 │\n│ 1       │ 3 │\n└─────────┴───┘\n")]
    [InlineData("console.table([{ a: 1 }, 'prim'], ['a', 'z'])", "┌─────────┬───┬───┐\n│ (index) │ a │ z │\n├─────────┼───┼───┤\n│ 0       │ 1 │   │\n│ 1       │   │   │\n└─────────┴───┴───┘\n")]
    [InlineData("console.table(new Map([['k', { v: 1 }], [{ o: 1 }, 'w']]))", "┌───────────────────┬──────────┬──────────┐\n│ (iteration index) │ Key      │ Values   │\n├───────────────────┼──────────┼──────────┤\n│ 0                 │ 'k'      │ { v: 1 } │\n│ 1                 │ { o: 1 } │ 'w'      │\n└───────────────────┴──────────┴──────────┘\n")]
    [InlineData("console.table(new Set(['s', 2]))", "┌───────────────────┬────────┐\n│ (iteration index) │ Values │\n├───────────────────┼────────┤\n│ 0                 │ 's'    │\n│ 1                 │ 2      │\n└───────────────────┴────────┘\n")]
    [InlineData("console.table([{ a: { b: 1, c: 2, d: 3 }, f() {}, arr: [1, 2, 3, 4], s: 'str', n: null }])", "┌─────────┬──────────┬───────────────┬──────────────────────────────┬───────┬──────┐\n│ (index) │ a        │ f             │ arr                          │ s     │ n    │\n├─────────┼──────────┼───────────────┼──────────────────────────────┼───────┼──────┤\n│ 0       │ [Object] │ [Function: f] │ [ 1, 2, 3, ... 1 more item ] │ 'str' │ null │\n└─────────┴──────────┴───────────────┴──────────────────────────────┴───────┴──────┘\n")]
    [InlineData("console.table([]); console.table({}); console.table(5); console.table('text')", "┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n5\ntext\n")]
    [InlineData("console.table({ r1: 1, r2: 'two' })", "┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n│ r1      │ 1      │\n│ r2      │ 'two'  │\n└─────────┴────────┘\n")]
    [InlineData("console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null })", "{ a: [Object] }\n{\n  a: { b: { c: { d: 1 } } }\n}\n")]
    [InlineData("console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom' }, x: 1 }); console.log({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom' } })", "{\n  x: 1,\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}\ncustom\n")]
    [InlineData("console.dir([1, 2, 3], { showHidden: true })", "[ 1, 2, 3, [length]: 3 ]\n")]
    public void WritesStandardOutputLikeNode(string script, string expected)
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate(script);
            Assert.Equal(expected, output.Out);
        }
    }

    [Theory]
    [InlineData("console.log('log'); console.warn('warn %d', 1); console.error('error', { a: 1 })", "warn 1\nerror { a: 1 }\n")]
    [InlineData("console.assert(true, 'nope'); console.assert(false); console.assert(false, 'x %d', 5); console.assert(false, { a: 1 }, 'more'); console.assert(0, 'zero')", "Assertion failed\nAssertion failed: x 5\nAssertion failed: [object Object] more\nAssertion failed: zero\n")]
    [InlineData("console.group('G'); console.error('nested\\nerror'); console.warn({ a: 1 }); console.groupEnd(); console.error('top')", "  nested\n  error\n  { a: 1 }\ntop\n")]
    public void WritesStandardErrorLikeNode(string script, string expected)
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate(script);
            Assert.Equal(expected, output.Error);
        }
    }

    [Fact]
    public void TraceWritesMessageAndStackToStandardError()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("function where() { console.trace('here %d', 1); }\nwhere(); console.trace();");
            Assert.Equal("", output.Out);
            Assert.Matches(@"^Trace: here 1\n    at .*where.*\n(    at .+\n)*Trace\n(    at .+\n)*$", output.Error);
        }
    }

    [Fact]
    public void TimersReportElapsedTimeWithLabel()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("console.time(); console.time('t'); console.timeLog('t', 'extra', { n: 1 }, '%d'); console.timeEnd('t'); console.timeEnd();");
            Assert.Matches(@"^t: \d+(\.\d{1,3})?ms extra \{ n: 1 \} %d\nt: \d+(\.\d{1,3})?ms\ndefault: \d+(\.\d{1,3})?ms\n$", output.Out);
            Assert.Equal("", output.Error);
        }
    }

    [Fact]
    public void MisusedCountersAndTimersWarnOnStandardError()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("console.countReset('nope'); console.timeEnd('zz'); console.time('a'); console.time('a'); console.timeLog('gone');");
            Assert.Equal("", output.Out);
            Assert.Matches(
                @"^\(node:\d+\) Warning: Count for 'nope' does not exist\n" +
                @"\(Use `node --trace-warnings \.\.\.` to show where the warning was created\)\n" +
                @"\(node:\d+\) Warning: No such label 'zz' for console\.timeEnd\(\)\n" +
                @"\(node:\d+\) Warning: Label 'a' already exists for console\.time\(\)\n" +
                @"\(node:\d+\) Warning: No such label 'gone' for console\.timeLog\(\)\n$",
                output.Error);
        }
    }

    [Theory]
    [InlineData(0.0521, "0.052ms")]
    [InlineData(12.5, "12.5ms")]
    [InlineData(1234.5678, "1.235s")]
    [InlineData(65_123.4, "1:05.123 (m:ss.mmm)")]
    [InlineData(3_723_004.0, "1:02:03.004 (h:mm:ss.mmm)")]
    public void DurationsUseNodeUnits(double milliseconds, string expected) =>
        Assert.Equal(expected, Hatchery.Builtins.Console.ConsoleObject.FormatDuration(TimeSpan.FromMilliseconds(milliseconds)));
}

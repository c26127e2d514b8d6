using Acornima.Ast;
using Jint;

namespace Hatchery.Benchmarks.Support;

/// <summary>The JavaScript the suites run. Scripts are IIFEs so that re-running one in a reused engine redeclares nothing.</summary>
public static class Scripts
{
    /// <summary>A little arithmetic and an object: enough that "execute" is not free, without console or require.</summary>
    public const string Small = """
        (function () {
          var total = 0;
          for (var i = 0; i < 10; i++) total += i * 2;
          return { total: total, label: 'n' + total };
        })();
        """;

    /// <summary>
    /// <see cref="Small"/> returning an array instead of an object. Jint builds an object literal's hidden class per
    /// engine and keeps it in a per-engine <c>ConditionalWeakTable</c> (a finalizable object with dependent GC
    /// handles), so a fresh engine's first object literal costs more than the script; this variant shows the
    /// spawn path without it (ConcurrencyBenchmark).
    /// </summary>
    public const string SmallWithoutObjectLiteral = """
        (function () {
          var total = 0;
          for (var i = 0; i < 10; i++) total += i * 2;
          return [total, 'n' + total];
        })();
        """;

    /// <summary>
    /// Touches two lazily built facilities: console (to a null output) and a native module. Reads only
    /// <c>path.sep</c> so the cost is loading the module, whatever its functions do.
    /// </summary>
    public const string ConsoleAndRequire = """
        (function () {
          var path = require('path');
          console.log('separator %s, answer %d', path.sep, 42);
          return path.sep;
        })();
        """;

    /// <summary>
    /// <see cref="ConsoleAndRequire"/> with console and require taken out (the same work on plain values): target 2's
    /// baseline, so the ratio isolates what the two facilities cost in a fresh runtime.
    /// </summary>
    public const string ConsoleAndRequireWithout = """
        (function () {
          var path = { sep: '/' };
          var line = 'separator ' + path.sep + ', answer ' + 42;
          return path.sep;
        })();
        """;

    /// <summary>Allocates a few hundred short-lived objects, arrays and strings per run.</summary>
    public const string AllocationHeavy = """
        (function () {
          var items = [];
          for (var i = 0; i < 300; i++) {
            items.push({ id: i, name: 'item-' + i, tags: ['a', 'b', String(i)], nested: { value: i * 1.5 } });
          }
          return JSON.stringify(items).length;
        })();
        """;

    public static Prepared<Script> Prepare(string code, string name = "bench.js") => Engine.PrepareScript(code, name);
}

using System.Text;

namespace Hatchery.Benchmarks.Support;

/// <summary>
/// Generates realistic JavaScript of a given line count: functions with loops and branches, classes,
/// configuration objects and arrow-function pipelines, each exercised once, all inside one IIFE.
/// Deterministic, so every run and every machine parses the same text.
/// </summary>
public static class JsSourceGenerator
{
    private const string Header = "(function () {\n  'use strict';\n  const results = [];\n";
    private const string Footer = "  return results.length;\n})();\n";

    public static string Generate(int lines)
    {
        var headerLines = Count(Header);
        var footerLines = Count(Footer);
        var body = new StringBuilder();
        var bodyLines = 0;
        for (var k = 0; ; k++)
        {
            var unit = Unit(k);
            var unitLines = Count(unit);
            if (headerLines + bodyLines + unitLines + footerLines > lines) break;
            body.Append(unit);
            bodyLines += unitLines;
        }
        // Pad with cheap statements so the line count is exact whatever the unit sizes.
        for (var i = headerLines + bodyLines + footerLines; i < lines; i++) body.Append("  results.push(").Append(i).Append(");\n");
        return Header + body + Footer;
    }

    private static int Count(string text) => text.Count(c => c == '\n');

    private static string Unit(int k) => (k % 4) switch
    {
        0 => $$"""
              function compute{{k}}(values) {
                let sum = 0;
                for (const v of values) {
                  if (v % 3 === 0) sum += v * {{k}};
                  else sum -= v;
                }
                return sum;
              }
              results.push(compute{{k}}([1, 2, 3, 4, 5, 6]));

            """,
        1 => $$"""
              class Account{{k}} {
                constructor(owner, balance) { this.owner = owner; this.balance = balance; }
                deposit(amount) { this.balance += amount; return this; }
                toString() { return `${this.owner}: ${this.balance.toFixed(2)}`; }
              }
              results.push(new Account{{k}}('user{{k}}', {{k}}).deposit(10).toString());

            """,
        2 => $$"""
              const config{{k}} = {
                name: 'service-{{k}}',
                retries: {{k % 5}},
                endpoints: ['/api/{{k}}', '/health'],
                enabled: {{(k % 2 == 0 ? "true" : "false")}},
              };
              results.push(Object.keys(config{{k}}).length);

            """,
        _ => $$"""
              const format{{k}} = (items) => items
                .filter((x) => x !== null)
                .map((x, i) => `${i}:${String(x).padStart(4, '0')}`)
                .join(',');
              results.push(format{{k}}([{{k}}, null, {{k + 1}}]));

            """,
    };
}

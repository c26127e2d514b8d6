using System.Globalization;
using System.Net;
using System.Text;
using Hatchery.Perf.Comparison;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Dashboard;

/// <summary>The dashboard's HTML: the runs list, one run's cards and profiles, and a comparison of two runs.</summary>
internal static class DashboardPages
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string Style = """
        body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #222; }
        a { color: #0645ad; } h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
        table { border-collapse: collapse; } td, th { padding: 3px 8px; border-bottom: 1px solid #ddd; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .cards { display: flex; flex-wrap: wrap; gap: 10px; }
        .card { border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; width: 260px; }
        .card .name { font-weight: 600; overflow-wrap: anywhere; } .card .median { font-size: 1.3em; }
        .bar { background: #eee; height: 8px; border-radius: 4px; margin: 6px 0; } .bar div { background: #4a8; height: 8px; border-radius: 4px; }
        .relative.fastest { color: #2a7; font-weight: 600; }
        .mark.faster { color: #1a7f37; font-weight: 600; } .mark.slower { color: #c62828; font-weight: 600; } .mark.same { color: #777; }
        iframe.flamegraph { width: 100%; border: 1px solid #ccc; height: 420px; }
        pre { background: #f6f6f6; padding: 8px; overflow-x: auto; font-size: 12px; }
        #progress { min-height: 2em; }
        """;

    /// <summary>A full page around <paramref name="body"/>.</summary>
    public static string Page(string title, string body) =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{E(title)} — hatchery-perf</title><style>{Style}</style></head>"
        + $"<body><nav><a href=\"/\">runs</a></nav><h1>{E(title)}</h1>{body}</body></html>";

    /// <summary>The runs list, the comparison form and the quick-run button.</summary>
    public static string Index(IReadOnlyList<RunEntry> runs, string defaultFilter)
    {
        var html = new StringBuilder();
        html.Append("<table id=\"runs\"><tr><th>run</th><th>date</th><th>commit</th><th>benchmarks</th><th>profiles</th></tr>");
        foreach (var run in runs)
        {
            var environment = run.Report?.Environment;
            var commit = environment?.GitCommit is { Length: >= 10 } c ? c[..10] + (environment.GitDirty == true ? " (dirty)" : "") : "";
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<tr class=\"run\" data-path=\"{E(run.Path)}\"><td><a href=\"/run?path={U(run.Path)}\">{E(run.Path == "" ? "." : run.Path)}</a></td>"
                        + $"<td>{E(environment?.Date ?? run.Manifest?.Date ?? "")}</td><td>{E(commit)}</td>"
                        + $"<td class=\"num\">{run.Report?.Benchmarks.Count.ToString(Invariant) ?? ""}</td>"
                        + $"<td class=\"num\">{run.Manifest?.Artifacts.Count.ToString(Invariant) ?? ""}</td></tr>");
        }
        html.Append("</table>");
        var withReports = runs.Where(r => r.Report is not null).ToList();
        if (withReports.Count >= 2)
        {
            string Options(int selected) => string.Concat(withReports.Select((r, i) =>
                $"<option value=\"{E(r.Path)}\"{(i == selected ? " selected" : "")}>{E(r.Path == "" ? "." : r.Path)}</option>"));
            html.Append("<h2>Compare two runs</h2><form id=\"compare\" action=\"/compare\" method=\"get\">"
                        + $"base <select name=\"base\">{Options(1)}</select> candidate <select name=\"candidate\">{Options(0)}</select> "
                        + "<button type=\"submit\">Compare</button></form>");
        }
        html.Append("<h2>Quick run</h2><form id=\"quick\" onsubmit=\"startRun(); return false;\">"
                    + $"filter <input id=\"filter\" name=\"filter\" value=\"{E(defaultFilter)}\" size=\"40\"> "
                    + "<button id=\"start\" type=\"submit\">Start quick run</button></form><pre id=\"progress\"></pre><div id=\"result\"></div>");
        html.Append("""
            <script>
            function startRun() {
              var progress = document.getElementById("progress"), button = document.getElementById("start");
              button.disabled = true; progress.textContent = "";
              fetch("/api/quick-run", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" },
                body: "filter=" + encodeURIComponent(document.getElementById("filter").value) })
                .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
                .then(function (r) {
                  if (!r.ok) { progress.textContent = r.body.error; button.disabled = false; return; }
                  var events = new EventSource("/api/quick-run/" + r.body.id + "/events");
                  function line(text) { progress.textContent += text + "\n"; }
                  events.addEventListener("progress", function (e) { line(e.data); });
                  events.addEventListener("started", function (e) { line("benchmark process " + e.data + " started"); });
                  events.addEventListener("done", function (e) {
                    events.close(); line("done: " + e.data);
                    var a = document.createElement("a"); a.id = "new-report"; a.href = "/run?path=" + encodeURIComponent(e.data); a.textContent = "open " + e.data;
                    document.getElementById("result").appendChild(a); button.disabled = false;
                  });
                  events.addEventListener("failed", function (e) { events.close(); line("failed: " + e.data); button.disabled = false; });
                });
            }
            </script>
            """);
        return Page("hatchery-perf runs", html.ToString());
    }

    /// <summary>One run: a card per benchmark, grouped by suite, then its profiles inline.</summary>
    public static string Run(RunEntry run, Func<string, string?> readText)
    {
        var html = new StringBuilder();
        if (run.Report is { } report)
        {
            var environment = report.Environment;
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<p class=\"environment\">{E(environment.Machine ?? "")} · {E(environment.Os ?? "")} · {E(environment.Dotnet ?? "")} · Jint {E(environment.Jint ?? "?")} · "
                        + $"{E(environment.GitCommit ?? "")}{(environment.GitDirty == true ? " (dirty)" : "")} · {E(environment.Date ?? "")}</p>");
            foreach (var suite in report.Benchmarks.GroupBy(b => b.Suite))
            {
                var fastest = suite.Min(b => b.MedianNs);
                var slowest = suite.Max(b => b.MedianNs);
                html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<h2>{E(suite.Key)}</h2><div class=\"cards\">");
                foreach (var b in suite)
                {
                    var relative = b.MedianNs <= fastest ? "fastest" : $"{(b.MedianNs / fastest).ToString("0.0", Invariant)}× slower";
                    var width = slowest <= 0 ? 0 : 100 * b.MedianNs / slowest;
                    html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<div class=\"card\" data-benchmark=\"{E(b.Id)}\"><div class=\"name\">{E(b.Id[(b.Suite.Length + 1)..])}{(b.Baseline ? " <small>(baseline)</small>" : "")}</div>"
                                + $"<div class=\"median\">{E(Units.Time(b.MedianNs))}</div>"
                                + $"<div class=\"ops\">{E(OperationsPerSecond(b.MedianNs))} ops/s</div>"
                                + $"<div class=\"bytes\">{E(b.BytesPerOp is { } bytes ? Units.Bytes(bytes) + "/op" : "bytes not measured")}</div>"
                                + $"<div class=\"bar\"><div style=\"width:{width.ToString("0.#", Invariant)}%\"></div></div>"
                                + $"<div class=\"relative{(relative == "fastest" ? " fastest" : "")}\">{E(relative)}</div>"
                                + $"<div class=\"spread\">± {b.SpreadPercent.ToString("0.#", Invariant)}% · {b.NsPerOp.Count} samples</div></div>");
                }
                html.Append("</div>");
            }
            foreach (var failed in report.Failed) html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<p class=\"failed\">failed: {E(failed)}</p>");
        }
        if (run.Manifest is { } manifest)
        {
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<h2>Profiles</h2><p><code>{E(manifest.Command ?? "")}</code></p>");
            foreach (var artifact in manifest.Artifacts)
            {
                var path = run.Path == "" ? artifact.File : run.Path + "/" + artifact.File;
                switch (artifact.Kind)
                {
                    case "flamegraph":
                        html.Append($"<h3>{E(artifact.Title)}</h3><iframe class=\"flamegraph\" title=\"{E(artifact.Title)}\" src=\"/file?path={U(path)}\" "
                                    + "onload=\"var s=this.contentDocument&&this.contentDocument.documentElement; if(s&&s.getAttribute('height')) this.style.height=(+s.getAttribute('height')+8)+'px'\"></iframe>");
                        break;
                    case "text" or "markdown":
                        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<h3>{E(artifact.Title)}</h3><pre class=\"artifact\" data-file=\"{E(artifact.File)}\">{E(readText(path) ?? "(missing)")}</pre>");
                        break;
                    default:
                        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<p><a href=\"/file?path={U(path)}\">{E(artifact.File)}</a>: {E(artifact.Title)}</p>");
                        break;
                }
            }
        }
        return Page(run.Path == "" ? "run ." : "run " + run.Path, html.ToString());
    }

    /// <summary>Two runs compared: time and bytes per benchmark with the significance marks.</summary>
    public static string Compare(ReportComparison comparison)
    {
        var html = new StringBuilder();
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<p>base <b>{E(comparison.Base)}</b>, candidate <b>{E(comparison.Candidate)}</b></p>");
        html.Append("<table id=\"comparison\"><tr><th>benchmark</th><th>base</th><th>candidate</th><th>delta</th><th>mark</th><th>p</th><th>shift (95% CI)</th><th>bytes/op</th><th>note</th></tr>");
        foreach (var row in comparison.Rows)
        {
            var (mark, css) = row.PValue is null ? ("", "") : !row.Significant ? ("~", "same") : row.TimeDeltaPercent < 0 ? ("▼ faster", "faster") : ("▲ slower", "slower");
            var side = (SideSummary? s) => s is null ? "-" : $"{Units.Time(s.MedianNs)} ± {s.SpreadPercent.ToString("0", Invariant)}%";
            var shift = row.ShiftNs is { } sh ? (sh >= 0 ? "+" : "") + Units.Time(sh) + (row.ShiftLowerNs is { } lo && row.ShiftUpperNs is { } hi ? $" [{Units.Time(lo)}, {Units.Time(hi)}]" : "") : "";
            var bytes = $"{(row.BaseBytes is { } b ? Units.Bytes(b) : "-")} → {(row.CandidateBytes is { } c ? Units.Bytes(c) : "-")}"
                        + (row.BytesDeltaPercent is { } d ? $" ({Units.Percent(d)})" : "");
            var note = row.Presence switch { Presence.BaseOnly => "base only", Presence.CandidateOnly => "candidate only", _ => row.TooFewSamples ?? "" };
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<tr class=\"row\" data-benchmark=\"{E(row.Id)}\"><td>{E(row.Id)}</td><td class=\"num\">{E(side(row.BaseTime))}</td><td class=\"num\">{E(side(row.CandidateTime))}</td>"
                        + $"<td class=\"num delta\">{E(row.TimeDeltaPercent is { } t ? Units.Percent(t) : "")}</td><td class=\"mark {css}\">{E(mark)}</td>"
                        + $"<td class=\"num p\">{E(row.PValue is { } p ? Units.P(p) : "")}</td><td class=\"num\">{E(shift)}</td><td class=\"num\">{E(bytes)}</td><td>{E(note)}</td></tr>");
        }
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<tr class=\"geomean\"><td>geomean</td><td></td><td></td><td class=\"num\">{E(comparison.GeomeanTimeDeltaPercent is { } g ? Units.Percent(g) : "")}</td><td colspan=\"5\"></td></tr></table>");
        html.Append($"<p>▼/▲: the two-sided Mann–Whitney p is below {ReportComparison.Alpha.ToString(Invariant)}; ~: no significant difference. "
                    + "Shift: Hodges–Lehmann estimate of candidate minus base.</p>");
        return Page("comparison", html.ToString());
    }

    /// <summary>Operations per second for a median time, e.g. <c>1.23 M</c>, <c>456 K</c>, <c>789</c>.</summary>
    internal static string OperationsPerSecond(double medianNs)
    {
        if (medianNs <= 0) return "-";
        var ops = 1e9 / medianNs;
        return ops switch
        {
            >= 1e9 => (ops / 1e9).ToString("0.00", Invariant) + " G",
            >= 1e6 => (ops / 1e6).ToString("0.00", Invariant) + " M",
            >= 1e4 => (ops / 1e3).ToString("0", Invariant) + " K",
            >= 100 => ops.ToString("0", Invariant),
            _ => ops.ToString("0.0#", Invariant),
        };
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string U(string text) => Uri.EscapeDataString(text);
}

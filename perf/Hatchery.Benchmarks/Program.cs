using BenchmarkDotNet.Running;
using Hatchery.Benchmarks;

// `--drive NAME COUNT` runs a fixed-iteration loop for instruction counting (callgrind), without BenchmarkDotNet.
if (args.Length == 2 && args[0] == "--stop-latency") return StopLatencyDriver.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
if (args.Length == 2 && args[0] == "--call-log-throughput") return CallLogThroughputDriver.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
if (args.Length == 3 && args[0] == "--drive") return Drivers.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));

// `--smoke` runs every benchmark once in-process (CI: do they all still run?); anything else goes to
// BenchmarkSwitcher unchanged, e.g. `--filter '*RuntimeSpawn*'`.
var smoke = args.Contains("--smoke");
BenchmarkConfig.IsSmokeRun = smoke;
var rest = args.Where(a => a != "--smoke").ToList();
if (smoke && !rest.Contains("--filter") && !rest.Contains("-f")) rest.AddRange(["--filter", "*"]);

var summaries = BenchmarkSwitcher
    .FromAssembly(typeof(BenchmarkConfig).Assembly)
    .Run(rest.ToArray(), smoke ? BenchmarkConfig.Smoke() : BenchmarkConfig.Full())
    .ToList();

// BenchmarkDotNet exits 0 even when a benchmark throws; turn failures into an exit code CI can see.
var failed = summaries
    .SelectMany(s => s.Reports.Where(r => !r.Success).Select(r => r.BenchmarkCase.DisplayInfo))
    .Concat(summaries.Where(s => s.HasCriticalValidationErrors).Select(s => $"{s.Title}: validation errors"))
    .ToList();
foreach (var name in failed) Console.Error.WriteLine($"FAILED: {name}");
if (failed.Count > 0 || (smoke && summaries.Count == 0)) return 1;
return 0;

using System.CommandLine;
using Hatchery.Perf.Driving;

namespace Hatchery.Perf.Commands;

/// <summary>
/// <c>hatchery-perf drive ASSEMBLY NAME</c>: runs one benchmark's operation in a plain loop, outside BenchmarkDotNet,
/// the process that <c>profile</c> samples.
/// </summary>
internal static class DriveCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var assembly = new Argument<string>("assembly") { Description = "The built benchmark assembly, e.g. perf/Hatchery.Benchmarks/bin/Release/net10.0/Hatchery.Benchmarks.dll" };
        var name = new Argument<string>("benchmark") { Description = "Suite.Method or Suite.Method(Param=Value,...), e.g. RuntimeSpawnBenchmark.Open" };
        var operations = new Option<long?>("--operations") { Description = "Run exactly this many operations (what callgrind counts need)" };
        var seconds = new Option<double?>("--seconds") { Description = "Run operations for this long (default 5)" };
        var warmup = new Option<double>("--warmup") { Description = "Seconds of operations run before the measured ones (lets tiered JIT settle)", DefaultValueFactory = _ => 0 };
        var handshake = new Option<bool>("--handshake") { Description = "Print 'ready' and 'done' around the measured loop and wait for a line on standard input after each" };
        var command = new Command("drive",
            "Run one benchmark's operation in a loop, outside BenchmarkDotNet: load the benchmark class from a built\n"
            + "assembly, set its [Params] from the name, run its [GlobalSetup], then the operation, and print\n"
            + "'measured N operations in T ms, B bytes allocated'. profile runs this under perf, EventPipe and callgrind;\n"
            + "it is also handy on its own, e.g. under a profiler of your choice.")
        {
            assembly, name, operations, seconds, warmup, handshake,
        };
        command.SetAction(result =>
        {
            var target = BenchmarkTarget.Load(result.GetValue(assembly)!, result.GetValue(name)!);
            DriveLoop.Run(target.Operation, result.GetValue(operations), result.GetValue(seconds), result.GetValue(warmup),
                result.GetValue(handshake), Console.In, output);
            target.Cleanup();
            return 0;
        });
        return command;
    }
}

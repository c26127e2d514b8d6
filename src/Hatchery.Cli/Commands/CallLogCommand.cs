using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hatchery.CallLog;

namespace Hatchery.Cli.Commands;

/// <summary>
/// <c>hatchery calllog stats|tail|runtimes DB</c>: reads a call log written with <c>--call-log</c>. A file that does not
/// exist or is not a call log is a clear error with exit code 2.
/// </summary>
internal static class CallLogCommand
{
    // Keys as the database's columns; "->" and quotes left readable.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var command = new Command("calllog", "Read a call log written by --call-log: per-function statistics, the latest calls, the runtimes");
        command.Subcommands.Add(Stats(context));
        command.Subcommands.Add(Tail(context));
        command.Subcommands.Add(Runtimes(context));
        return command;
    }

    private static Argument<string> Database() => new("db") { Description = "The call-log database file" };

    private static Option<bool> JsonOption() => new("--json") { Description = "Write JSON (tail: one object per line)" };

    private static Command Stats(CliContext context)
    {
        var db = Database();
        var json = JsonOption();
        var command = new Command("stats", "Calls, errors and durations (total, mean, p50, p95, max) per module.function") { db, json };
        command.SetAction(result => Read(context, result.GetValue(db)!, reader =>
        {
            var stats = reader.Stats();
            if (result.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(stats.Select(s => new Dictionary<string, object>
                {
                    ["module"] = s.Module,
                    ["function"] = s.Function,
                    ["calls"] = s.Calls,
                    ["errors"] = s.Errors,
                    ["total_us"] = s.Total,
                    ["mean_us"] = Math.Round(s.Mean, 1),
                    ["p50_us"] = s.P50,
                    ["p95_us"] = s.P95,
                    ["max_us"] = s.Max,
                }), Json));
                return 0;
            }
            Table(context.Out, ["FUNCTION", "CALLS", "ERRORS", "TOTAL_MS", "MEAN_US", "P50_US", "P95_US", "MAX_US"],
                stats.Select(s => new[]
                {
                    $"{s.Module}.{s.Function}", Number(s.Calls), Number(s.Errors), (s.Total / 1000.0).ToString("0.###", CultureInfo.InvariantCulture),
                    s.Mean.ToString("0.#", CultureInfo.InvariantCulture), Number(s.P50), Number(s.P95), Number(s.Max),
                }));
            return 0;
        }));
        return command;
    }

    private static Command Tail(CliContext context)
    {
        var db = Database();
        var json = JsonOption();
        var count = new Option<int>("-n", "--lines") { Description = "How many of the latest calls to show", DefaultValueFactory = _ => 10, HelpName = "count" };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing calls as they are written (until Ctrl-C)" };
        var runtime = new Option<string?>("--runtime") { Description = "Only this runtime's calls", HelpName = "id" };
        var errors = new Option<bool>("--errors") { Description = "Only calls that threw or rejected" };
        var command = new Command("tail", "The latest calls, oldest first") { db, count, follow, runtime, errors, json };
        command.SetAction(result => Read(context, result.GetValue(db)!, reader =>
        {
            var asJson = result.GetValue(json);
            var only = result.GetValue(runtime);
            var failed = result.GetValue(errors);
            // Following continues after the newest row now, whatever the filters printed of it.
            var last = reader.LastId();
            Print(context.Out, reader.Calls(Math.Max(0, result.GetValue(count)), 0, only, failed, last), asJson, last);
            if (!result.GetValue(follow)) return 0;
            using var signals = StopSignals.Listen();
            while (!signals.Token.IsCancellationRequested)
            {
                signals.Token.WaitHandle.WaitOne(200);
                last = Print(context.Out, reader.Calls(int.MaxValue, last, only, failed), asJson, last);
            }
            return 0;
        }));
        return command;
    }

    private static Command Runtimes(CliContext context)
    {
        var db = Database();
        var json = JsonOption();
        var command = new Command("runtimes", "Every runtime: id, factory, start, end, exit code, calls, dropped entries") { db, json };
        command.SetAction(result => Read(context, result.GetValue(db)!, reader =>
        {
            var runtimes = reader.Runtimes();
            if (result.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(runtimes.Select(r => new Dictionary<string, object?>
                {
                    ["id"] = r.Id,
                    ["factory"] = r.Factory,
                    ["started"] = r.Started,
                    ["ended"] = r.Ended,
                    ["exit_code"] = r.ExitCode,
                    ["calls"] = r.Calls,
                    ["dropped"] = r.Dropped,
                }), Json));
                return 0;
            }
            Table(context.Out, ["RUNTIME", "FACTORY", "STARTED", "ENDED", "EXIT", "CALLS", "DROPPED"],
                runtimes.Select(r => new[] { r.Id, r.Factory, r.Started, r.Ended ?? "-", r.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "-", Number(r.Calls), Number(r.Dropped) }));
            return 0;
        }));
        return command;
    }

    private static int Read(CliContext context, string path, Func<CallLogReader, int> body)
    {
        CallLogReader reader;
        try
        {
            reader = new CallLogReader(Path.GetFullPath(path, context.CurrentDirectory));
        }
        catch (Exception e) when (e is FileNotFoundException or CallLogException)
        {
            context.Error.WriteLine($"hatchery: {e.Message}");
            return 2;
        }
        using (reader) return body(reader);
    }

    private static long Print(TextWriter output, IReadOnlyList<CallLogCall> calls, bool json, long last)
    {
        foreach (var call in calls)
        {
            if (json)
            {
                // args and result are JSON already: embedded as values, not as strings.
                output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["id"] = call.Id,
                    ["ts"] = call.Timestamp,
                    ["runtime"] = call.Runtime,
                    ["direction"] = call.Direction,
                    ["module"] = call.Module,
                    ["function"] = call.Function,
                    ["args"] = Parsed(call.Arguments),
                    ["result"] = call.Result is null ? null : Parsed(call.Result),
                    ["duration_us"] = call.DurationMicroseconds,
                    ["error_name"] = call.ErrorName,
                    ["error_message"] = call.ErrorMessage,
                }, Json));
            }
            else
            {
                var outcome = call.ErrorName is null ? $"-> {call.Result}" : $"!! {call.ErrorName}: {call.ErrorMessage}";
                output.WriteLine($"{call.Timestamp} {call.Runtime} {call.Direction} {call.Module}.{call.Function}({Inner(call.Arguments)}) {outcome} [{call.DurationMicroseconds} µs]");
            }
            last = call.Id;
        }
        output.Flush();
        return last;
    }

    private static JsonElement Parsed(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    // An argument list without its brackets; a truncated marker is shown as it is.
    private static string Inner(string arguments) => arguments.StartsWith('[') && arguments.EndsWith(']') ? arguments[1..^1] : arguments;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static readonly HashSet<string> TextColumns = ["FUNCTION", "RUNTIME", "FACTORY", "STARTED", "ENDED"];

    private static void Table(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            // Text columns read left-aligned, numbers right-aligned.
            output.WriteLine(string.Join("  ", row.Select((cell, i) => TextColumns.Contains(header[i]) ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }
}

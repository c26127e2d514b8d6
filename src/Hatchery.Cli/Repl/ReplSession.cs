using System.Text;
using Jint.Native;

namespace Hatchery.Cli.Repl;

/// <summary>
/// One read-eval-print session over a runtime: gathers lines until the input is a complete program, evaluates
/// it, prints the result or the error, and keeps <c>_</c> (last result) and <c>_error</c> (last error).
/// </summary>
internal sealed class ReplSession(JsRuntime runtime, ILineReader reader, TextWriter output, ReplHistory history)
{
    private const string Prompt = "> ";
    private const string ContinuationPrompt = "... ";

    private readonly StringBuilder _input = new();
    private readonly ReplPrinter _printer = new(runtime);
    private int _evaluations;
    private int? _exitCode;

    /// <summary>Where results, errors and command output go.</summary>
    public TextWriter Output => output;

    /// <summary>The lines entered so far.</summary>
    public ReplHistory History => history;

    /// <summary>Reads and evaluates until <c>.exit</c>, <c>process.exit</c> or the end of input; returns the exit code.</summary>
    public int Run()
    {
        output.WriteLine($"Welcome to Hatchery v{CliApp.Version}.");
        output.WriteLine("Type \".help\" for more information.");
        var interrupted = false;
        while (_exitCode is null)
        {
            var line = reader.ReadLine(_input.Length == 0 ? Prompt : ContinuationPrompt);
            if (line is null) break;
            if (line == ILineReader.Interrupt)
            {
                // Ctrl+C abandons pending input; a second one at an empty prompt leaves, as in Node.
                if (_input.Length == 0 && interrupted) break;
                if (_input.Length == 0) output.WriteLine("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
                interrupted = _input.Length == 0;
                _input.Clear();
                continue;
            }
            interrupted = false;
            history.Add(line);
            if (ReplCommands.IsCommand(line))
            {
                if (ReplCommands.Run(this, line) == ReplCommands.Outcome.Exit) break;
                continue;
            }
            if (_input.Length > 0) _input.Append('\n');
            _input.Append(line);
            var code = _input.ToString();
            if (ReplInput.NeedsMoreInput(code)) continue;
            _input.Clear();
            if (code.Trim().Length > 0) Evaluate(code);
        }
        return _exitCode ?? Finish();
    }

    /// <summary>Abandons a statement that is still being typed (<c>.break</c>).</summary>
    public ReplCommands.Outcome ClearInput()
    {
        _input.Clear();
        return ReplCommands.Outcome.Continue;
    }

    /// <summary>Evaluates a file's contents in the session (<c>.load</c>).</summary>
    public ReplCommands.Outcome Load(string path)
    {
        var full = Path.GetFullPath(path, runtime.BaseDirectory);
        if (!File.Exists(full))
        {
            output.WriteLine($"Failed to load: {path}");
            return ReplCommands.Outcome.Continue;
        }
        Evaluate(File.ReadAllText(full));
        return _exitCode is null ? ReplCommands.Outcome.Continue : ReplCommands.Outcome.Exit;
    }

    /// <summary>Writes the session's lines to a file (<c>.save</c>).</summary>
    public ReplCommands.Outcome Save(string path)
    {
        var full = Path.GetFullPath(path, runtime.BaseDirectory);
        try
        {
            File.WriteAllLines(full, history.Lines.Where(l => !ReplCommands.IsCommand(l)));
            output.WriteLine($"Session saved to: {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            output.WriteLine($"Failed to save: {path}");
        }
        return ReplCommands.Outcome.Continue;
    }

    private void Evaluate(string code)
    {
        var fileName = $"REPL{++_evaluations}";
        try
        {
            var result = runtime.Evaluate(ReplInput.AsObjectLiteralIfIntended(code), fileName);
            runtime.Engine.SetValue("_", result);
            output.WriteLine(_printer.Result(result));
        }
        catch (ScriptException e)
        {
            runtime.Engine.SetValue("_error", e.Error);
            output.WriteLine(_printer.Uncaught(e));
        }
        catch (ProcessExitException e)
        {
            _exitCode = e.ExitCode;
        }
        catch (ScriptLimitException e)
        {
            // A limit stops the runtime for good, so it ends the session too.
            output.WriteLine($"Uncaught Error: {e.Message}");
            _exitCode = ScriptLimitException.ExitCodeOf(e.Limit);
        }
    }

    // At the end of input, timers still pending run to completion, as when Node's REPL closes.
    private int Finish()
    {
        try
        {
            runtime.RunEventLoop();
        }
        catch (ScriptException e)
        {
            output.WriteLine(_printer.Uncaught(e));
            return 1;
        }
        catch (ProcessExitException e)
        {
            return e.ExitCode;
        }
        catch (ScriptLimitException e)
        {
            output.WriteLine($"Uncaught Error: {e.Message}");
            return ScriptLimitException.ExitCodeOf(e.Limit);
        }
        return 0;
    }
}

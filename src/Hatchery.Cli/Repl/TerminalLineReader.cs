using System.Text;

namespace Hatchery.Cli.Repl;

/// <summary>
/// Line editing on an interactive terminal: cursor keys, Home/End, Backspace/Delete, Up/Down to recall the
/// session's history, Ctrl+C to interrupt and Ctrl+D on an empty line to end input.
/// </summary>
internal sealed class TerminalLineReader(ReplHistory history, TextWriter output) : ILineReader
{
    private readonly StringBuilder _line = new();
    private int _cursor;
    private string _prompt = "";

    /// <inheritdoc />
    public string? ReadLine(string prompt)
    {
        _prompt = prompt;
        _line.Clear();
        _cursor = 0;
        var recalled = history.Lines.Count;
        output.Write(prompt);
        output.Flush();
        var treatControlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                var control = (key.Modifiers & ConsoleModifiers.Control) != 0;
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        output.WriteLine();
                        return _line.ToString();
                    case ConsoleKey.C when control:
                        output.WriteLine();
                        return ILineReader.Interrupt;
                    case ConsoleKey.D when control:
                        if (_line.Length > 0) break;
                        output.WriteLine();
                        return null;
                    case ConsoleKey.LeftArrow when _cursor > 0:
                        _cursor--;
                        break;
                    case ConsoleKey.RightArrow when _cursor < _line.Length:
                        _cursor++;
                        break;
                    case ConsoleKey.Home:
                    case ConsoleKey.A when control:
                        _cursor = 0;
                        break;
                    case ConsoleKey.End:
                    case ConsoleKey.E when control:
                        _cursor = _line.Length;
                        break;
                    case ConsoleKey.Backspace when _cursor > 0:
                        _line.Remove(--_cursor, 1);
                        break;
                    case ConsoleKey.Delete when _cursor < _line.Length:
                        _line.Remove(_cursor, 1);
                        break;
                    case ConsoleKey.UpArrow when recalled > 0:
                        Replace(history.Lines[--recalled]);
                        break;
                    case ConsoleKey.DownArrow when recalled < history.Lines.Count:
                        recalled++;
                        Replace(recalled < history.Lines.Count ? history.Lines[recalled] : "");
                        break;
                    default:
                        if (key.KeyChar < ' ' || control) break;
                        _line.Insert(_cursor++, key.KeyChar);
                        if (_cursor < _line.Length) break;
                        // Typing at the end of the line, the common case, needs only the character echoed.
                        output.Write(key.KeyChar);
                        output.Flush();
                        continue;
                }
                Redraw();
            }
        }
        finally
        {
            Console.TreatControlCAsInput = treatControlC;
        }
    }

    private void Replace(string text)
    {
        _line.Clear().Append(text);
        _cursor = _line.Length;
    }

    // Rewrites the whole line and parks the cursor: simple, and correct for lines narrower than the terminal.
    private void Redraw()
    {
        output.Write('\r');
        output.Write(_prompt);
        output.Write(_line.ToString());
        output.Write("\u001b[K");
        var back = _line.Length - _cursor;
        if (back > 0) output.Write($"\u001b[{back}D");
        output.Flush();
    }
}

using System.Text;
using Hatchery.Builtins.Console;

namespace Hatchery.Builtins.ChildProcess;

/// <summary>
/// Where a child's inherited stdout and stderr go: the runtime's console output (the host's writer, which need not be
/// a file descriptor), decoded as UTF-8 with a character split across chunks kept for the next one.
/// </summary>
internal sealed class InheritedOutput(IConsoleOutput output)
{
    private readonly Decoder _stdout = Encoding.UTF8.GetDecoder();
    private readonly Decoder _stderr = Encoding.UTF8.GetDecoder();

    /// <summary>Writes a chunk the child wrote to <paramref name="fd"/> (1 or 2); safe from any thread.</summary>
    public void Write(int fd, byte[] bytes)
    {
        lock (this)
        {
            var decoder = fd == 2 ? _stderr : _stdout;
            var chars = new char[decoder.GetCharCount(bytes, flush: false)];
            var count = decoder.GetChars(bytes, chars, flush: false);
            if (count == 0) return;
            var text = new string(chars, 0, count);
            if (fd == 2) output.WriteError(text);
            else output.WriteOut(text);
        }
    }
}

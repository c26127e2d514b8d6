using System.Text;

namespace Hatchery.Builtins.Process;

/// <summary>
/// Where <c>process.stdin</c> reads from: a host stream's bytes, or a text reader's characters as UTF-8. Read on a
/// thread-pool thread, one read at a time, never on the script thread.
/// </summary>
internal abstract class StandardInputSource
{
    /// <summary>Reads up to <paramref name="buffer"/>'s length; 0 at the end. Blocks until input comes.</summary>
    public abstract int Read(byte[] buffer);

    public static StandardInputSource From(System.IO.Stream stream) => new StreamSource(stream ?? throw new ArgumentNullException(nameof(stream)));

    public static StandardInputSource From(TextReader reader) => new TextSource(reader ?? throw new ArgumentNullException(nameof(reader)));

    private sealed class StreamSource(System.IO.Stream stream) : StandardInputSource
    {
        public override int Read(byte[] buffer) => stream.Read(buffer, 0, buffer.Length);
    }

    // Characters become UTF-8 bytes; the encoder keeps a surrogate pair split across two reads whole.
    private sealed class TextSource(TextReader reader) : StandardInputSource
    {
        private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        private char[] _chars = [];

        public override int Read(byte[] buffer)
        {
            // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so this many always fit.
            var most = Math.Max(1, buffer.Length / 3);
            if (_chars.Length < most) _chars = new char[most];
            while (true)
            {
                var count = reader.Read(_chars, 0, most);
                var bytes = _encoder.GetBytes(_chars, 0, count, buffer, 0, flush: count == 0);
                if (count == 0 || bytes > 0) return bytes;
                // Only a high surrogate came; read on for its pair.
            }
        }
    }
}

using System.Globalization;
using System.Text;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// A JSON parser that keeps its nesting on the heap instead of the call stack, for text nested deeper than Jint's
/// recursive parser allows: Node parses a million levels, Jint stops at 64, and raising that limit would let its
/// recursion overflow the thread's stack. Only used when Jint's parser gives up on depth, so its messages follow Jint's
/// wording for the errors of shallower text. Checks the runtime's limits as it goes: a huge document is still bounded by
/// the time and memory limits.
/// </summary>
internal sealed class IterativeJsonParser
{
    private const int ConstraintCheckInterval = 4096;

    private readonly Engine _engine;
    private readonly string _text;
    private int _position;
    private int _untilCheck = ConstraintCheckInterval;

    private IterativeJsonParser(Engine engine, string text)
    {
        _engine = engine;
        _text = text;
    }

    /// <summary>Parses <paramref name="text"/> as one JSON value, or throws the JavaScript <c>SyntaxError</c> JSON.parse would.</summary>
    public static JsValue Parse(Engine engine, string text) => new IterativeJsonParser(engine, text).ParseDocument();

    // One open array or object: the array's elements so far, or the object and the key whose value comes next.
    private sealed class Open(List<JsValue>? elements, ObjectInstance? record)
    {
        public readonly List<JsValue>? Elements = elements;
        public readonly ObjectInstance? Record = record;
        public string Key = "";
    }

    private JsValue ParseDocument()
    {
        var open = new Stack<Open>();
        while (true)
        {
            var value = ParseValueOrOpen(open);
            if (value is null) continue;
            while (true)
            {
                if (open.Count == 0)
                {
                    SkipWhiteSpace();
                    if (_position < _text.Length) throw Unexpected();
                    return value;
                }
                var top = open.Peek();
                SkipWhiteSpace();
                if (top.Elements is { } elements)
                {
                    elements.Add(value);
                    if (TryTake(',')) break;
                    if (!TryTake(']')) throw Unexpected();
                    open.Pop();
                    value = new JsArray(_engine, [.. elements]);
                    continue;
                }
                top.Record!.CreateDataProperty(top.Key, value);
                if (TryTake(','))
                {
                    top.Key = ParseKey();
                    break;
                }
                if (!TryTake('}')) throw Unexpected();
                open.Pop();
                value = top.Record;
            }
        }
    }

    // A primitive or an empty container is returned; an opened container is pushed and null returned, so that the
    // caller goes on to parse its first element.
    private JsValue? ParseValueOrOpen(Stack<Open> open)
    {
        if (--_untilCheck == 0)
        {
            _untilCheck = ConstraintCheckInterval;
            _engine.Constraints.Check();
        }
        SkipWhiteSpace();
        if (_position >= _text.Length) throw EndOfInput();
        switch (_text[_position])
        {
            case '[':
                _position++;
                SkipWhiteSpace();
                if (TryTake(']')) return new JsArray(_engine);
                open.Push(new Open([], null));
                return null;
            case '{':
                _position++;
                var record = _engine.Intrinsics.Object.Construct(Arguments.Empty);
                SkipWhiteSpace();
                if (TryTake('}')) return record;
                open.Push(new Open(null, record) { Key = ParseKey() });
                return null;
            case '"':
                return new JsString(ParseString());
            case 't':
                return Literal("true", JsBoolean.True);
            case 'f':
                return Literal("false", JsBoolean.False);
            case 'n':
                return Literal("null", JsValue.Null);
            default:
                return ParseNumber();
        }
    }

    private string ParseKey()
    {
        SkipWhiteSpace();
        if (_position >= _text.Length || _text[_position] != '"') throw Unexpected();
        var key = ParseString();
        SkipWhiteSpace();
        if (!TryTake(':')) throw Unexpected();
        return key;
    }

    private JsValue Literal(string word, JsValue value)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0) throw Error($"Unexpected token ILLEGAL in JSON at position {_position}");
        _position += word.Length;
        return value;
    }

    private JsNumber ParseNumber()
    {
        var start = _position;
        TryTake('-');
        if (_position < _text.Length && _text[_position] == '0') _position++;
        else if (!SkipDigits()) throw Unexpected();
        if (TryTake('.') && !SkipDigits()) throw Unexpected();
        if (_position < _text.Length && (_text[_position] | 0x20) == 'e')
        {
            _position++;
            if (!TryTake('+')) TryTake('-');
            if (!SkipDigits()) throw Unexpected();
        }
        return JsNumber.Create(double.Parse(_text.AsSpan(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private bool SkipDigits()
    {
        var start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position])) _position++;
        return _position > start;
    }

    private string ParseString()
    {
        _position++;
        var start = _position;
        StringBuilder? escaped = null;
        while (true)
        {
            if (_position >= _text.Length) throw EndOfInput();
            var c = _text[_position];
            if (c == '"')
            {
                var tail = _text.AsSpan(start, _position - start);
                _position++;
                return escaped is null ? tail.ToString() : escaped.Append(tail).ToString();
            }
            if (c < ' ') throw Error($"Invalid character in JSON at position {_position}");
            if (c != '\\')
            {
                _position++;
                continue;
            }
            escaped ??= new StringBuilder();
            escaped.Append(_text, start, _position - start);
            _position++;
            if (_position >= _text.Length) throw EndOfInput();
            escaped.Append(_text[_position] switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => UnicodeEscape(),
                _ => throw Unexpected(),
            });
            _position++;
            start = _position;
        }
    }

    // The four hex digits after \u; leaves the position on the last of them.
    private char UnicodeEscape()
    {
        if (_position + 4 >= _text.Length) throw EndOfInput();
        if (!ushort.TryParse(_text.AsSpan(_position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw Error($"Invalid hexadecimal escape sequence in JSON at position {_position + 1}");
        }
        _position += 4;
        return (char)code;
    }

    private void SkipWhiteSpace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r') _position++;
    }

    private bool TryTake(char c)
    {
        if (_position >= _text.Length || _text[_position] != c) return false;
        _position++;
        return true;
    }

    // At the end of the text, the end is what was unexpected.
    private JavaScriptException Unexpected() => _position >= _text.Length
        ? EndOfInput()
        : Error($"Unexpected token '{_text[_position]}' in JSON at position {_position}");

    private JavaScriptException EndOfInput() => Error($"Unexpected end of JSON input at position {_text.Length}");

    private JavaScriptException Error(string message) => JsErrors.Throw(_engine, "SyntaxError", message);
}

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
/// recursion overflow the thread's stack. Used when Jint's parser gives up, for depth or on invalid text: its errors carry
/// V8's messages (the unexpected character quoted with up to ten characters of the text either side, the
/// <c>Expected … in JSON at position N</c> family). Checks the runtime's limits as it goes: a huge document is still
/// bounded by the time and memory limits.
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
                    if (_position < _text.Length) throw Error($"Unexpected non-whitespace character after JSON at position {_position}");
                    return value;
                }
                var top = open.Peek();
                SkipWhiteSpace();
                if (top.Elements is { } elements)
                {
                    elements.Add(value);
                    if (TryTake(',')) break;
                    if (!TryTake(']')) throw At("Expected ',' or ']' after array element");
                    open.Pop();
                    value = new JsArray(_engine, [.. elements]);
                    continue;
                }
                top.Record!.CreateDataProperty(top.Key, value);
                if (TryTake(','))
                {
                    top.Key = ParseKey(first: false);
                    break;
                }
                if (!TryTake('}')) throw At("Expected ',' or '}' after property value");
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
                open.Push(new Open(null, record) { Key = ParseKey(first: true) });
                return null;
            case '"':
                return new JsString(ParseString());
            case 't':
                return Literal("true", JsBoolean.True);
            case 'f':
                return Literal("false", JsBoolean.False);
            case 'n':
                return Literal("null", JsValue.Null);
            case '-' or (>= '0' and <= '9'):
                return ParseNumber();
            default:
                throw Unexpected();
        }
    }

    // V8 names what it expected after the first key only; after a comma a missing colon is just an unexpected token.
    private string ParseKey(bool first)
    {
        SkipWhiteSpace();
        if (_position >= _text.Length || _text[_position] != '"') throw At(first ? "Expected property name or '}'" : "Expected double-quoted property name");
        var key = ParseString();
        SkipWhiteSpace();
        if (!TryTake(':')) throw first ? At("Expected ':' after property name") : Unexpected();
        return key;
    }

    private JsValue Literal(string word, JsValue value)
    {
        for (var i = 0; i < word.Length; i++, _position++)
        {
            if (_position >= _text.Length || _text[_position] != word[i]) throw Unexpected();
        }
        return value;
    }

    private JsNumber ParseNumber()
    {
        var start = _position;
        if (TryTake('-') && (_position >= _text.Length || !char.IsAsciiDigit(_text[_position]))) throw At("No number after minus sign");
        if (TryTake('0'))
        {
            if (_position < _text.Length && char.IsAsciiDigit(_text[_position])) throw At("Unexpected number");
        }
        else SkipDigits();
        if (TryTake('.') && !SkipDigits()) throw At("Unterminated fractional number");
        if (_position < _text.Length && (_text[_position] | 0x20) == 'e')
        {
            _position++;
            if (!TryTake('+')) TryTake('-');
            if (!SkipDigits()) throw At("Exponent part is missing a number");
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
            if (_position >= _text.Length) throw At("Unterminated string");
            var c = _text[_position];
            if (c == '"')
            {
                var tail = _text.AsSpan(start, _position - start);
                _position++;
                return escaped is null ? tail.ToString() : escaped.Append(tail).ToString();
            }
            if (c < ' ') throw At("Bad control character in string literal");
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
                _ => throw At("Bad escaped character"),
            });
            _position++;
            start = _position;
        }
    }

    // The four hex digits after \u; leaves the position on the last of them.
    private char UnicodeEscape()
    {
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            _position++;
            var digit = _position < _text.Length ? HexValue(_text[_position]) : -1;
            if (digit < 0) throw At("Bad Unicode escape");
            code = code * 16 + digit;
        }
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

    private static int HexValue(char c) => !char.IsAsciiHexDigit(c) ? -1 : c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private JavaScriptException At(string what) => Error($"{what} in JSON at position {Math.Min(_position, _text.Length)}");

    // V8's text for a character no rule expected: the character, and the text around it when the text is long (more than
    // twice ten characters and one), cut ten characters either side of it with "..." where it was cut. At the end of the
    // text, the end is what was unexpected.
    private JavaScriptException Unexpected()
    {
        if (_position >= _text.Length) return EndOfInput();
        if (_text is "undefined" or "NaN" or "Infinity" or "[object Object]") return Error($"\"{_text}\" is not valid JSON");
        const int Context = 10;
        var token = _text[_position];
        if (_text.Length <= 2 * Context + 1) return Error($"Unexpected token '{token}', \"{_text}\" is not valid JSON");
        if (_position < Context) return Error($"Unexpected token '{token}', \"{_text[..(_position + Context)]}\"... is not valid JSON");
        if (_position < _text.Length - Context)
        {
            return Error($"Unexpected token '{token}', ...\"{_text.Substring(_position - Context, 2 * Context)}\"... is not valid JSON");
        }
        return Error($"Unexpected token '{token}', ...\"{_text[(_position - Context)..]}\" is not valid JSON");
    }

    private JavaScriptException EndOfInput() => Error("Unexpected end of JSON input");

    private JavaScriptException Error(string message) => JsErrors.Throw(_engine, "SyntaxError", message);
}

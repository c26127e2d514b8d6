using System.Text;

namespace Hatchery.Modules;

/// <summary>
/// The names a CommonJS module exports, found as Node finds them for <c>import</c>: by reading the source, never
/// running it (Node uses cjs-module-lexer; this is Hatchery's own scan of the same forms). Recognised:
/// <c>exports.a =</c>, <c>module.exports.a =</c>, <c>exports['a'] =</c>,
/// <c>Object.defineProperty(exports, 'a', { value: … })</c> and its getter form returning an identifier or member,
/// <c>module.exports = { a, b: c, 'd': e, ...require('x') }</c>; and as re-exports, whose own names are added,
/// <c>module.exports = require('x')</c>, <c>__exportStar(require('x'))</c>, <c>__export(require('x'))</c> and
/// Babel's <c>Object.keys(_x).forEach(function (key) …)</c> over <c>var _x = require('x')</c>.
/// </summary>
internal static class CjsExportLexer
{
    private enum Kind { Identifier, String, Punctuator, Other }

    private readonly record struct Token(Kind Kind, string Text);

    /// <summary>The export names and the re-exported specifiers of <paramref name="source"/>.</summary>
    public static (IReadOnlyCollection<string> Names, IReadOnlyList<string> Reexports) Lex(string source)
    {
        var tokens = Tokenize(source);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var reexports = new List<string>();
        var requireBindings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != Kind.Identifier || (i > 0 && Is(tokens, i - 1, ".")))
            {
                continue;
            }
            var text = tokens[i].Text;
            if (text == "exports" || (text == "module" && Is(tokens, i + 1, ".") && IsIdentifier(tokens, i + 2, "exports")))
            {
                var isModule = text == "module";
                var j = isModule ? i + 3 : i + 1;
                if (Is(tokens, j, ".") && tokens.ElementAtOrDefault(j + 1).Kind == Kind.Identifier && Is(tokens, j + 2, "="))
                {
                    names.Add(tokens[j + 1].Text);
                }
                else if (Is(tokens, j, "[") && tokens.ElementAtOrDefault(j + 1).Kind == Kind.String && Is(tokens, j + 2, "]") && Is(tokens, j + 3, "="))
                {
                    names.Add(tokens[j + 1].Text);
                }
                else if (isModule && Is(tokens, j, "="))
                {
                    if (RequireAt(tokens, j + 1) is { } required) reexports.Add(required);
                    else if (Is(tokens, j + 1, "{")) ObjectLiteral(tokens, j + 2, names, reexports);
                }
            }
            else if (text == "Object" && Is(tokens, i + 1, ".") && IsIdentifier(tokens, i + 2, "defineProperty") && Is(tokens, i + 3, "("))
            {
                DefineProperty(tokens, i + 4, names);
            }
            else if (text == "Object" && Is(tokens, i + 1, ".") && IsIdentifier(tokens, i + 2, "keys") && Is(tokens, i + 3, "(") &&
                     tokens.ElementAtOrDefault(i + 4).Kind == Kind.Identifier && Is(tokens, i + 5, ")") && Is(tokens, i + 6, ".") &&
                     IsIdentifier(tokens, i + 7, "forEach") && requireBindings.TryGetValue(tokens[i + 4].Text, out var bound) &&
                     IsBabelReexportLoop(tokens, i + 8))
            {
                reexports.Add(bound);
            }
            else if (text is "__export" or "__exportStar")
            {
                // tslib's form is (0, tslib_1.__exportStar)(require("x"), exports).
                var j = Is(tokens, i + 1, ")") ? i + 2 : i + 1;
                if (Is(tokens, j, "(") && RequireAt(tokens, j + 1) is { } required) reexports.Add(required);
            }
            else if (Is(tokens, i + 1, "="))
            {
                // var _x = require("x") or = _interopRequireWildcard(require("x")), for Babel's re-export loop.
                var j = i + 2;
                if (tokens.ElementAtOrDefault(j).Kind == Kind.Identifier && Is(tokens, j + 1, "(") && tokens[j].Text != "require") j += 2;
                if (RequireAt(tokens, j) is { } required) requireBindings[text] = required;
            }
        }
        names.Remove("default");
        return (names, reexports);
    }

    // Babel's loop opens with: (function (key) { if (key === "default" || key === "__esModule") return;
    private static bool IsBabelReexportLoop(List<Token> tokens, int i)
    {
        if (!Is(tokens, i, "(") || !IsIdentifier(tokens, i + 1, "function") || !Is(tokens, i + 2, "(") ||
            tokens.ElementAtOrDefault(i + 3).Kind != Kind.Identifier || !Is(tokens, i + 4, ")") || !Is(tokens, i + 5, "{"))
        {
            return false;
        }
        var key = tokens[i + 3].Text;
        i += 6;
        return IsIdentifier(tokens, i, "if") && Is(tokens, i + 1, "(") && IsIdentifier(tokens, i + 2, key) && Is(tokens, i + 3, "==") &&
               tokens.ElementAtOrDefault(i + 4) is { Kind: Kind.String, Text: "default" } && Is(tokens, i + 5, "|") && Is(tokens, i + 6, "|") &&
               IsIdentifier(tokens, i + 7, key) && Is(tokens, i + 8, "==") && tokens.ElementAtOrDefault(i + 9) is { Kind: Kind.String, Text: "__esModule" } &&
               Is(tokens, i + 10, ")") && IsIdentifier(tokens, i + 11, "return");
    }

    private static void ObjectLiteral(List<Token> tokens, int i, HashSet<string> names, List<string> reexports)
    {
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (Is(tokens, i, "..."))
            {
                if (RequireAt(tokens, i + 1) is { } required)
                {
                    reexports.Add(required);
                    i += 5;
                }
                else if (tokens.ElementAtOrDefault(i + 1).Kind == Kind.Identifier) i += 2;
                else return;
            }
            else if (token.Kind == Kind.Identifier && (Is(tokens, i + 1, ",") || Is(tokens, i + 1, "}")))
            {
                names.Add(token.Text);
                i++;
            }
            else if (token.Kind is Kind.Identifier or Kind.String && Is(tokens, i + 1, ":") && tokens.ElementAtOrDefault(i + 2).Kind == Kind.Identifier)
            {
                // Only a plain identifier value is read, as Node's lexer does; anything after it ends the scan.
                names.Add(token.Text);
                i += 3;
            }
            else return;
            if (!Is(tokens, i, ",")) return;
            i++;
        }
    }

    // Object.defineProperty(exports, "a", { enumerable: true, value: … }) or { get: function () { return x.a; } }.
    private static void DefineProperty(List<Token> tokens, int i, HashSet<string> names)
    {
        if (IsIdentifier(tokens, i, "module") && Is(tokens, i + 1, ".") && IsIdentifier(tokens, i + 2, "exports")) i += 3;
        else if (IsIdentifier(tokens, i, "exports")) i++;
        else return;
        if (!Is(tokens, i, ",") || tokens.ElementAtOrDefault(i + 1).Kind != Kind.String || !Is(tokens, i + 2, ",") || !Is(tokens, i + 3, "{")) return;
        var name = tokens[i + 1].Text;
        i += 4;
        if (IsIdentifier(tokens, i, "enumerable") && Is(tokens, i + 1, ":") && IsIdentifier(tokens, i + 2, "true") && Is(tokens, i + 3, ",")) i += 4;
        if (IsIdentifier(tokens, i, "value") && Is(tokens, i + 1, ":"))
        {
            names.Add(name);
            return;
        }
        if (!IsIdentifier(tokens, i, "get")) return;
        i++;
        if (Is(tokens, i, ":") && IsIdentifier(tokens, i + 1, "function"))
        {
            i += 2;
            if (tokens.ElementAtOrDefault(i).Kind == Kind.Identifier) i++;
        }
        if (Is(tokens, i, "(") && Is(tokens, i + 1, ")") && Is(tokens, i + 2, "{") && IsIdentifier(tokens, i + 3, "return") &&
            tokens.ElementAtOrDefault(i + 4).Kind == Kind.Identifier)
        {
            names.Add(name);
        }
    }

    // require("x") at i: the specifier.
    private static string? RequireAt(List<Token> tokens, int i) =>
        IsIdentifier(tokens, i, "require") && Is(tokens, i + 1, "(") && tokens.ElementAtOrDefault(i + 2).Kind == Kind.String && Is(tokens, i + 3, ")")
            ? tokens[i + 2].Text
            : null;

    private static bool Is(List<Token> tokens, int i, string punctuator) =>
        i < tokens.Count && tokens[i].Kind == Kind.Punctuator && tokens[i].Text == punctuator;

    private static bool IsIdentifier(List<Token> tokens, int i, string name) =>
        i < tokens.Count && tokens[i].Kind == Kind.Identifier && tokens[i].Text == name;

    // Words after which a '/' starts a regular expression rather than dividing.
    private static readonly HashSet<string> RegexAfter = new(StringComparer.Ordinal)
    {
        "return", "typeof", "case", "do", "else", "in", "instanceof", "new", "delete", "void", "throw", "yield", "await",
    };

    /// <summary>
    /// The source's identifiers, string literals (their values) and punctuators; comments, template text, regular
    /// expressions and numbers are skipped. A '/' is a regular expression after an operator, an opening bracket or a
    /// keyword, as a parser would decide in almost all real code.
    /// </summary>
    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        var templateDepths = new Stack<int>();
        var braceDepth = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] is not '\n' and not '\r') i++;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? s.Length : end + 2;
            }
            else if (c is '"' or '\'')
            {
                i = ReadString(s, i, out var value);
                tokens.Add(new Token(Kind.String, value));
            }
            else if (c == '`' || (c == '}' && templateDepths.Count > 0 && templateDepths.Peek() == braceDepth))
            {
                if (c == '}') templateDepths.Pop();
                i = SkipTemplate(s, i + 1, out var opensExpression);
                if (opensExpression) templateDepths.Push(braceDepth);
                tokens.Add(new Token(Kind.Other, "`"));
            }
            else if (IsIdentifierStart(c))
            {
                var start = i;
                while (i < s.Length && IsIdentifierPart(s[i])) i++;
                tokens.Add(new Token(Kind.Identifier, s[start..i]));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            {
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '.' or '_')) i++;
                tokens.Add(new Token(Kind.Other, "0"));
            }
            else if (c == '/' && StartsRegex(tokens))
            {
                i = SkipRegex(s, i + 1);
                tokens.Add(new Token(Kind.Other, "/"));
            }
            else if (c == '.' && string.CompareOrdinal(s, i, "...", 0, 3) == 0)
            {
                tokens.Add(new Token(Kind.Punctuator, "..."));
                i += 3;
            }
            else if (c == '=' && i + 1 < s.Length && s[i + 1] is '=' or '>')
            {
                // "==", "===" and "=>" are not assignments.
                tokens.Add(new Token(Kind.Punctuator, s[i + 1] == '>' ? "=>" : "=="));
                i += 2;
                while (i < s.Length && s[i] == '=') i++;
            }
            else if (c is '!' or '<' or '>' or '+' or '-' or '*' or '%' or '&' or '|' or '^' or '?' && i + 1 < s.Length && s[i + 1] == '=')
            {
                // Compound assignments and comparisons: the '=' must not read as a plain assignment.
                tokens.Add(new Token(Kind.Punctuator, "op="));
                i += 2;
            }
            else
            {
                if (c == '{') braceDepth++;
                else if (c == '}') braceDepth--;
                tokens.Add(new Token(Kind.Punctuator, c.ToString()));
                i++;
            }
        }
        return tokens;
    }

    private static bool StartsRegex(List<Token> tokens)
    {
        if (tokens.Count == 0) return true;
        var last = tokens[^1];
        return last.Kind switch
        {
            Kind.Identifier => RegexAfter.Contains(last.Text),
            Kind.Punctuator => last.Text is not ")" and not "]",
            _ => false,
        };
    }

    private static int ReadString(string s, int i, out string value)
    {
        var quote = s[i++];
        var text = new StringBuilder();
        while (i < s.Length && s[i] != quote && s[i] is not '\n')
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                // Escapes other than a quote or backslash make a name no export would have; kept as written.
                text.Append(s[i + 1] is '\\' or '\'' or '"' ? s[i + 1] : '\\');
                if (s[i + 1] is not '\\' and not '\'' and not '"') text.Append(s[i + 1]);
                i += 2;
                continue;
            }
            text.Append(s[i++]);
        }
        value = text.ToString();
        return Math.Min(i + 1, s.Length);
    }

    // From just after '`' or a template's closing '}': to just after the closing '`' or an opening "${".
    private static int SkipTemplate(string s, int i, out bool opensExpression)
    {
        opensExpression = false;
        while (i < s.Length)
        {
            if (s[i] == '\\') i += 2;
            else if (s[i] == '`') return i + 1;
            else if (s[i] == '$' && i + 1 < s.Length && s[i + 1] == '{')
            {
                opensExpression = true;
                return i + 2;
            }
            else i++;
        }
        return s.Length;
    }

    private static int SkipRegex(string s, int i)
    {
        var inClass = false;
        while (i < s.Length && s[i] is not '\n')
        {
            var c = s[i++];
            if (c == '\\') i++;
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) break;
        }
        while (i < s.Length && IsIdentifierPart(s[i])) i++;
        return i;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$' or '\\';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '\u200C' or '\u200D';
}

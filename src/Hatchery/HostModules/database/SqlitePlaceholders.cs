using System.Globalization;
using System.Text;

namespace Hatchery.HostModules.Database;

/// <summary>
/// Numbers SQLite's anonymous <c>?</c> parameters. Microsoft.Data.Sqlite binds parameters by name, and a bare
/// <c>?</c> has none, so each becomes <c>?N</c> with the number SQLite itself gives it (one more than the largest
/// so far). Quoted text, quoted identifiers and comments are left alone.
/// </summary>
internal static class SqlitePlaceholders
{
    public static string Number(string sql)
    {
        if (!sql.Contains('?')) return sql;
        var result = new StringBuilder(sql.Length + 8);
        var largest = 0;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var end = c switch
            {
                '\'' or '"' or '`' => Closing(sql, i, c.ToString()),
                '[' => Closing(sql, i, "]"),
                '-' when At(sql, i + 1, '-') => Closing(sql, i + 1, "\n"),
                '/' when At(sql, i + 1, '*') => Closing(sql, i + 1, "*/"),
                _ => -1,
            };
            if (end >= 0)
            {
                result.Append(sql, i, end - i);
                i = end;
                continue;
            }
            if (c == '?')
            {
                var digits = i + 1;
                while (digits < sql.Length && char.IsAsciiDigit(sql[digits])) digits++;
                if (digits > i + 1)
                {
                    largest = Math.Max(largest, int.Parse(sql.AsSpan(i + 1, digits - i - 1), CultureInfo.InvariantCulture));
                    result.Append(sql, i, digits - i);
                    i = digits;
                    continue;
                }
                result.Append('?').Append((++largest).ToString(CultureInfo.InvariantCulture));
                i++;
                continue;
            }
            result.Append(c);
            i++;
        }
        return result.ToString();
    }

    private static bool At(string sql, int index, char c) => index < sql.Length && sql[index] == c;

    // The index just past the closing text of a quote or comment that starts at start, or the end of the SQL.
    private static int Closing(string sql, int start, string closing)
    {
        var found = sql.IndexOf(closing, start + 1, StringComparison.Ordinal);
        return found < 0 ? sql.Length : found + closing.Length;
    }
}

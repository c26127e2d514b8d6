using System.Globalization;
using System.Text;
using Hatchery.Builtins.Util;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Console;

/// <summary>Renders <c>console.table</c> output in Node's box-drawing layout.</summary>
internal static class ConsoleTable
{
    private const string IndexHeader = "(index)";
    private const string IterationHeader = "(iteration index)";
    private const string KeyHeader = "Key";
    private const string ValuesHeader = "Values";

    /// <summary>The table for <paramref name="data"/>, limited to the columns named by <paramref name="properties"/> when that is an array.</summary>
    public static string Render(Engine engine, ObjectInstance data, JsValue properties)
    {
        if (data is JsMap map)
        {
            var keys = new List<string>();
            var values = new List<string>();
            foreach (var entry in map)
            {
                keys.Add(Cell(entry.Key));
                values.Add(Cell(entry.Value));
            }
            return Draw([IterationHeader, KeyHeader, ValuesHeader], [Indices(keys.Count), keys, values]);
        }
        if (data is JsSet set)
        {
            var values = set.Select(Cell).ToList();
            return Draw([IterationHeader, ValuesHeader], [Indices(values.Count), values]);
        }

        var filter = properties is ObjectInstance list ? ReadProperties(list) : null;
        var columns = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        var columnOrder = new List<string>();
        var primitiveValues = new Dictionary<int, string>();
        var hasPrimitives = false;
        var rowKeys = InspectKeys.Enumerable(data);
        for (var row = 0; row < rowKeys.Count; row++)
        {
            var item = data.Get(rowKeys[row]);
            var primitive = item is not ObjectInstance;
            if (filter is null && primitive)
            {
                hasPrimitives = true;
                primitiveValues[row] = Cell(item);
                continue;
            }
            var itemObject = item as ObjectInstance;
            foreach (var key in filter ?? InspectKeys.Enumerable(itemObject!))
            {
                if (!columns.TryGetValue(key, out var column))
                {
                    column = [];
                    columns[key] = column;
                    columnOrder.Add(key);
                }
                column[row] = (primitive && filter is not null) || itemObject is null || !itemObject.HasOwnProperty(key) ? "" : Cell(itemObject.Get(key));
            }
        }

        // The columns live in a plain object in Node, so integer-like names come first in ascending order.
        var orderedColumns = columnOrder.Where(InspectKeys.IsArrayIndex).OrderBy(k => uint.Parse(k, CultureInfo.InvariantCulture))
            .Concat(columnOrder.Where(k => !InspectKeys.IsArrayIndex(k))).ToList();
        var headers = new List<string> { IndexHeader };
        var cells = new List<IReadOnlyList<string?>> { rowKeys };
        foreach (var key in orderedColumns)
        {
            headers.Add(key);
            cells.Add(Sparse(columns[key], rowKeys.Count));
        }
        if (hasPrimitives)
        {
            headers.Add(ValuesHeader);
            cells.Add(Sparse(primitiveValues, rowKeys.Count));
        }
        return Draw(headers, cells);
    }

    // Each cell is inspected on one line, shallow: objects with more than two keys collapse to [Object].
    private static string Cell(JsValue value)
    {
        var deep = value is ObjectInstance o && o is not Jint.Native.Array.ArrayInstance && !o.IsCallable() && InspectKeys.Enumerable(o).Count > 2;
        return Inspector.Inspect(value, InspectOptions.Default with { Depth = deep ? -1 : 0, MaxArrayLength = 3, BreakLength = int.MaxValue });
    }

    private static List<string> ReadProperties(ObjectInstance list)
    {
        var length = TypeConverter.ToLength(list.Get("length"));
        var names = new List<string>();
        for (ulong i = 0; i < length; i++) names.Add(TypeConverter.ToString(list.Get(i.ToString(CultureInfo.InvariantCulture))));
        return names;
    }

    private static List<string> Indices(int count) =>
        Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();

    private static List<string?> Sparse(Dictionary<int, string> cells, int count) =>
        Enumerable.Range(0, count).Select(i => cells.TryGetValue(i, out var cell) ? cell : null).ToList();

    private static string Draw(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string?>> columns)
    {
        var rowCount = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
        var widths = headers.Select(h => h.Length).ToArray();
        var rows = new string[rowCount][];
        for (var r = 0; r < rowCount; r++)
        {
            rows[r] = new string[headers.Count];
            for (var c = 0; c < headers.Count; c++)
            {
                var cell = r < columns[c].Count ? columns[c][r] ?? "" : "";
                rows[r][c] = cell;
                widths[c] = Math.Max(widths[c], cell.Length);
            }
        }
        var dividers = widths.Select(w => new string('─', w + 2)).ToArray();
        var builder = new StringBuilder();
        builder.Append('┌').AppendJoin('┬', dividers).Append("┐\n");
        AppendRow(builder, headers, widths);
        builder.Append('├').AppendJoin('┼', dividers).Append("┤\n");
        foreach (var row in rows) AppendRow(builder, row, widths);
        builder.Append('└').AppendJoin('┴', dividers).Append('┘');
        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, IReadOnlyList<string> cells, int[] widths)
    {
        builder.Append("│ ");
        for (var i = 0; i < cells.Count; i++)
        {
            builder.Append(cells[i]).Append(' ', widths[i] - cells[i].Length);
            if (i != cells.Count - 1) builder.Append(" │ ");
        }
        builder.Append(" │\n");
    }
}

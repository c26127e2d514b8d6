using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>The kind of entries a container prints, which decides names and grouping.</summary>
internal enum EntryKind
{
    /// <summary>Named properties of an object.</summary>
    Object,

    /// <summary>Array elements, printed without names.</summary>
    ArrayElement,

    /// <summary>Extra named properties of an array-like, which also allows column grouping.</summary>
    ArrayExtras,
}

/// <summary>Node's line-breaking rules: one line when it fits and nesting is shallow, else one entry per line or columns.</summary>
internal static class InspectLayout
{
    private const int SeparatorSpace = 2;

    public static string Reduce(InspectContext ctx, List<string> output, string basePart, string[] braces, EntryKind kind, int recurseTimes, JsValue? value)
    {
        if (!ctx.CompactAlways)
        {
            if (ctx.Options.Compact >= 1)
            {
                var entries = output.Count;
                if (kind == EntryKind.ArrayExtras && entries > 6) output = GroupArrayElements(ctx, output, value);
                // Objects with deep nesting (compact levels) or grouped columns never collapse to one line.
                if (ctx.CurrentDepth - recurseTimes < ctx.Options.Compact && entries == output.Count)
                {
                    var start = output.Count + ctx.IndentationLvl + braces[0].Length + basePart.Length + 10;
                    if (IsBelowBreakLength(ctx, output, start, basePart))
                    {
                        var joined = string.Join(", ", output);
                        if (!joined.Contains('\n'))
                        {
                            return (basePart.Length > 0 ? basePart + " " : "") + braces[0] + " " + joined + " " + braces[1];
                        }
                    }
                }
            }
            var indentation = "\n" + new string(' ', ctx.IndentationLvl);
            return (basePart.Length > 0 ? basePart + " " : "") + braces[0] + indentation + "  " +
                   string.Join("," + indentation + "  ", output) + indentation + braces[1];
        }
        if (IsBelowBreakLength(ctx, output, 0, basePart))
        {
            return braces[0] + (basePart.Length > 0 ? " " + basePart : "") + " " + string.Join(", ", output) + " " + braces[1];
        }
        var indent = new string(' ', ctx.IndentationLvl);
        var lineStart = basePart.Length == 0 && braces[0].Length == 1 ? " " : (basePart.Length > 0 ? " " + basePart : "") + "\n" + indent + "  ";
        return braces[0] + lineStart + string.Join(",\n" + indent + "  ", output) + " " + braces[1];
    }

    private static bool IsBelowBreakLength(InspectContext ctx, List<string> output, int start, string basePart)
    {
        var total = output.Count + start;
        if (total + output.Count > ctx.Options.BreakLength) return false;
        foreach (var entry in output)
        {
            total += ctx.Width(entry);
            if (total > ctx.Options.BreakLength) return false;
        }
        return basePart.Length == 0 || !basePart.Contains('\n');
    }

    /// <summary>Arranges many short array entries into aligned columns, aiming for a roughly square block.</summary>
    private static List<string> GroupArrayElements(InspectContext ctx, List<string> output, JsValue? value)
    {
        var totalLength = 0;
        var maxLength = 0;
        var outputLength = output.Count;
        // The "... more items" entry does not take part in the columns.
        if (ctx.Options.MaxArrayLength < output.Count) outputLength--;
        var dataLen = new int[outputLength];
        for (var i = 0; i < outputLength; i++)
        {
            var len = ctx.ColumnWidth(output[i]);
            dataLen[i] = len;
            totalLength += len + SeparatorSpace;
            if (maxLength < len) maxLength = len;
        }
        var actualMax = maxLength + SeparatorSpace;
        if (actualMax * 3 + ctx.IndentationLvl >= ctx.Options.BreakLength ||
            (totalLength / (double)actualMax <= 5 && maxLength > 6))
        {
            return output;
        }
        const double approxCharHeights = 2.5;
        var averageBias = Math.Sqrt(actualMax - totalLength / (double)output.Count);
        var biasedMax = Math.Max(actualMax - 3 - averageBias, 1);
        var columns = Math.Min(
            Math.Min((int)RoundHalfUp(Math.Sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                     (ctx.Options.BreakLength - ctx.IndentationLvl) / actualMax),
            Math.Min(ctx.Options.Compact * 4, 15));
        if (columns <= 1) return output;

        var maxLineLength = new List<int>(columns);
        for (var i = 0; i < columns; i++)
        {
            var lineLength = 0;
            for (var j = i; j < outputLength; j += columns)
            {
                if (dataLen[j] > lineLength) lineLength = dataLen[j];
            }
            maxLineLength.Add(lineLength + SeparatorSpace);
        }
        var padStart = value is ObjectInstance array && AllNumeric(array, output.Count);
        var grouped = new List<string>();
        for (var i = 0; i < outputLength; i += columns)
        {
            var max = Math.Min(i + columns, outputLength);
            var line = new System.Text.StringBuilder();
            var j = i;
            for (; j < max - 1; j++)
            {
                var padding = maxLineLength[j - i] + output[j].Length - dataLen[j];
                var cell = output[j] + ", ";
                line.Append(padStart ? cell.PadLeft(padding) : cell.PadRight(padding));
            }
            if (padStart)
            {
                var padding = maxLineLength[j - i] + output[j].Length - dataLen[j] - SeparatorSpace;
                line.Append(output[j].PadLeft(padding));
            }
            else
            {
                line.Append(output[j]);
            }
            grouped.Add(line.ToString());
        }
        if (ctx.Options.MaxArrayLength < output.Count) grouped.Add(output[outputLength]);
        return grouped;
    }

    // Numbers are right-aligned in columns, anything else left-aligned.
    private static bool AllNumeric(ObjectInstance array, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var item = array.Get(i);
            if (item is not JsNumber && item is not JsBigInt) return false;
        }
        return true;
    }

    private static double RoundHalfUp(double value) => Math.Floor(value + 0.5);
}

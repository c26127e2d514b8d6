using System.Globalization;
using System.Security;
using System.Text;

namespace Hatchery.Perf.Profiling;

/// <summary>
/// Writes a flame graph as one self-contained SVG file: root at the bottom, each frame as wide as its share of the
/// samples, callees above their callers in name order. Hovering shows a frame's name, samples and share; clicking
/// zooms to it (and clicking the bottom frame zooms out); the Search button highlights frames matching a regular
/// expression typed in the search box and reports the share of samples they cover. Given a baseline, it is a
/// differential flame graph: widths from the candidate, frames whose share grew red and those that shrank blue, by
/// how many percentage points of all samples they moved.
/// </summary>
public static class FlameGraphSvg
{
    private const double Width = 1200;
    private const double Margin = 10;
    private const double FrameHeight = 16;
    private const double Top = 36; // title and buttons
    private const double Bottom = 24; // the details line
    private const double MinimumFrameWidth = 0.5; // pixels; narrower frames are left out (and keep the file small)
    private const double CharacterWidth = 6.6; // at 11px monospace-ish text

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the flame graph of <paramref name="stacks"/> with <paramref name="title"/> to <paramref name="output"/>.</summary>
    public static void Write(FoldedStacks stacks, string title, TextWriter output, string unit = "samples", FoldedStacks? baseline = null)
    {
        var root = FlameNode.Build(stacks);
        var baseRoot = baseline is null ? null : FlameNode.Build(baseline);
        var height = Top + (root.Height() + 1) * FrameHeight + Bottom;
        output.WriteLine("<?xml version=\"1.0\" standalone=\"no\"?>");
        output.WriteLine($"<svg version=\"1.1\" width=\"{Width.ToString(Invariant)}\" height=\"{Number(height)}\" viewBox=\"0 0 {Width.ToString(Invariant)} {Number(height)}\" "
                         + "xmlns=\"http://www.w3.org/2000/svg\" onload=\"init(evt)\">");
        output.WriteLine("<style>text { font: 11px Verdana, sans-serif; fill: #000; } .f:hover rect { stroke: #000; stroke-width: 0.5; cursor: pointer; } "
                         + ".button { cursor: pointer; fill: #333; } .hidden { display: none; } .dim rect { opacity: 0.5; }</style>");
        output.WriteLine("<script type=\"text/ecmascript\"><![CDATA[");
        output.WriteLine(FlameGraphScript.Text.Replace("{{WIDTH}}", Number(Width - 2 * Margin), StringComparison.Ordinal)
            .Replace("{{MARGIN}}", Number(Margin), StringComparison.Ordinal)
            .Replace("{{CHAR}}", Number(CharacterWidth), StringComparison.Ordinal));
        output.WriteLine("]]></script>");
        output.WriteLine($"<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#f8f8f0\"/>");
        output.WriteLine($"<text x=\"{Number(Width / 2)}\" y=\"20\" text-anchor=\"middle\" style=\"font-size:15px\">{Escape(title)}</text>");
        output.WriteLine($"<text id=\"reset\" class=\"button hidden\" x=\"{Number(Margin)}\" y=\"20\" onclick=\"resetZoom()\">Reset zoom</text>");
        output.WriteLine($"<foreignObject x=\"{Number(Width - Margin - 250)}\" y=\"6\" width=\"200\" height=\"20\">"
                         + "<input xmlns=\"http://www.w3.org/1999/xhtml\" id=\"term\" type=\"search\" placeholder=\"regular expression, Enter\" "
                         + "style=\"width:190px;font:11px Verdana,sans-serif\"/></foreignObject>");
        output.WriteLine($"<text id=\"search\" class=\"button\" x=\"{Number(Width - Margin)}\" y=\"20\" text-anchor=\"end\" onclick=\"search()\">Search</text>");
        output.WriteLine($"<text id=\"matched\" x=\"{Number(Width - Margin)}\" y=\"{Number(height - 8)}\" text-anchor=\"end\"></text>");
        output.WriteLine($"<text id=\"details\" x=\"{Number(Margin)}\" y=\"{Number(height - 8)}\"> </text>");
        output.WriteLine("<g id=\"frames\">");
        if (root.Total > 0)
        {
            var scale = (Width - 2 * Margin) / root.Total;
            var frame = new FrameContext(scale, root.Total, height - Bottom, unit, baseRoot?.Total ?? 0, output);
            WriteFrame(root, baseRoot, Margin, frame);
        }
        output.WriteLine("</g>");
        output.WriteLine("</svg>");
    }

    private sealed record FrameContext(double Scale, long Total, double Baseline, string Unit, long BaseTotal, TextWriter Output);

    private static void WriteFrame(FlameNode node, FlameNode? baseNode, double x, FrameContext frame)
    {
        var width = node.Total * frame.Scale;
        var y = frame.Baseline - (node.Depth + 1) * FrameHeight;
        var share = 100.0 * node.Total / frame.Total;
        var label = $"{node.Name} ({node.Total.ToString("N0", Invariant)} {frame.Unit}, {share.ToString("0.00", Invariant)}%)";
        var fill = FrameColors.Of(node.Name);
        var delta = "";
        if (frame.BaseTotal > 0)
        {
            var baseShare = baseNode is null ? 0 : 100.0 * baseNode.Total / frame.BaseTotal;
            var points = share - baseShare;
            fill = FrameColors.Difference(points);
            label += $", {(points >= 0 ? "+" : "")}{points.ToString("0.00", Invariant)} points against the base's {baseShare.ToString("0.00", Invariant)}%";
            delta = $" data-delta=\"{Number(points)}\"";
        }
        var text = Fit(node.Name, width);
        frame.Output.WriteLine(
            $"<g class=\"f\" data-x=\"{Number(x)}\" data-w=\"{Number(width)}\" data-d=\"{node.Depth}\" data-n=\"{node.Total}\"{delta}>"
            + $"<title>{Escape(label)}</title>"
            + $"<rect x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(width)}\" height=\"{Number(FrameHeight - 1)}\" fill=\"{fill}\" rx=\"2\"/>"
            + $"<text x=\"{Number(x + 3)}\" y=\"{Number(y + FrameHeight - 5)}\">{Escape(text)}</text></g>");
        foreach (var child in node.Children)
        {
            var childWidth = child.Total * frame.Scale;
            if (childWidth >= MinimumFrameWidth) WriteFrame(child, baseNode?.Child(child.Name), x, frame);
            x += childWidth;
        }
    }

    /// <summary>The name cut to what fits in <paramref name="width"/> pixels, with ".." when cut; empty when nothing fits.</summary>
    internal static string Fit(string name, double width)
    {
        var fits = (int)((width - 6) / CharacterWidth);
        if (fits >= name.Length) return name;
        return fits < 3 ? "" : name[..(fits - 2)] + "..";
    }

    private static string Number(double value) => Math.Round(value, 2).ToString(Invariant);

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}

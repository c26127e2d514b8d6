using System.Globalization;
using System.Security;
using System.Text;

namespace Hatchery.Perf.Profiling;

/// <summary>
/// Writes a flame graph as one self-contained SVG file: root at the bottom, each frame as wide as its share of the
/// samples, callees above their callers in name order. Hovering shows a frame's name, samples and share; clicking
/// zooms to it (and clicking the bottom frame zooms out); the Search button highlights frames matching a regular
/// expression and reports the share of samples they cover.
/// </summary>
public static class FlameGraphSvg
{
    private const double Width = 1200;
    private const double Margin = 10;
    private const double FrameHeight = 16;
    private const double Top = 36; // title and buttons
    private const double Bottom = 24; // the details line
    private const double MinimumFrameWidth = 0.1; // pixels; narrower frames are left out
    private const double CharacterWidth = 6.6; // at 11px monospace-ish text

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the flame graph of <paramref name="stacks"/> with <paramref name="title"/> to <paramref name="output"/>.</summary>
    public static void Write(FoldedStacks stacks, string title, TextWriter output)
    {
        var root = FlameNode.Build(stacks);
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
        output.WriteLine($"<text id=\"search\" class=\"button\" x=\"{Number(Width - Margin)}\" y=\"20\" text-anchor=\"end\" onclick=\"search()\">Search</text>");
        output.WriteLine($"<text id=\"matched\" x=\"{Number(Width - Margin)}\" y=\"{Number(height - 8)}\" text-anchor=\"end\"></text>");
        output.WriteLine($"<text id=\"details\" x=\"{Number(Margin)}\" y=\"{Number(height - 8)}\"> </text>");
        output.WriteLine("<g id=\"frames\">");
        if (root.Total > 0)
        {
            var scale = (Width - 2 * Margin) / root.Total;
            WriteFrame(root, Margin, scale, root.Total, height - Bottom, output);
        }
        output.WriteLine("</g>");
        output.WriteLine("</svg>");
    }

    private static void WriteFrame(FlameNode node, double x, double scale, long total, double baseline, TextWriter output)
    {
        var width = node.Total * scale;
        var y = baseline - (node.Depth + 1) * FrameHeight;
        var share = 100.0 * node.Total / total;
        var label = $"{node.Name} ({node.Total.ToString("N0", Invariant)} samples, {share.ToString("0.00", Invariant)}%)";
        var text = Fit(node.Name, width);
        output.WriteLine(
            $"<g class=\"f\" data-x=\"{Number(x)}\" data-w=\"{Number(width)}\" data-d=\"{node.Depth}\" data-n=\"{node.Total}\">"
            + $"<title>{Escape(label)}</title>"
            + $"<rect x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(width)}\" height=\"{Number(FrameHeight - 1)}\" fill=\"{FrameColors.Of(node.Name)}\" rx=\"2\"/>"
            + $"<text x=\"{Number(x + 3)}\" y=\"{Number(y + FrameHeight - 5)}\">{Escape(text)}</text></g>");
        foreach (var child in node.Children)
        {
            var childWidth = child.Total * scale;
            if (childWidth >= MinimumFrameWidth) WriteFrame(child, x, scale, total, baseline, output);
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

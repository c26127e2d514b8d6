using Microsoft.Playwright;

namespace Hatchery.Perf.Tests;

/// <summary>The dashboard in a real headless Chromium: what a person sees and clicks.</summary>
public sealed class DashboardBrowserTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 900 } });
        var response = await page.GotoAsync(fixture.Server.Url + path);
        Assert.Equal(200, response!.Status);
        return page;
    }

    private Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task The_index_lists_the_runs()
    {
        var page = await OpenAsync("/");

        // A quick run of another test may be listed too.
        var paths = (await page.Locator("#runs tr.run").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.path)"))
            .Where(p => p.StartsWith("fixture-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["fixture-candidate", "fixture-base", "fixture-profile"], paths); // newest first
        Assert.Equal("4", await page.Locator("tr.run[data-path='fixture-base'] td.num").First.TextContentAsync());
        Assert.Equal("2", await page.Locator("tr.run[data-path='fixture-profile'] td.num").Last.TextContentAsync());
        await ScreenshotAsync(page, "runs");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_run_shows_cards_with_smart_units_ops_bytes_and_relative_speed()
    {
        var page = await OpenAsync("/run?path=fixture-candidate");

        var fast = page.Locator(".card[data-benchmark='S.Fast']");
        Assert.Equal("1.50 µs", await fast.Locator(".median").TextContentAsync());
        Assert.Equal("667 K ops/s", await fast.Locator(".ops").TextContentAsync());
        Assert.Equal("1.00 KiB/op", await fast.Locator(".bytes").TextContentAsync());
        Assert.Equal("1.5× slower", await fast.Locator(".relative").TextContentAsync());
        var same = page.Locator(".card[data-benchmark='S.Same']");
        Assert.Equal("1.00 µs", await same.Locator(".median").TextContentAsync());
        Assert.Equal("1.00 M ops/s", await same.Locator(".ops").TextContentAsync());
        Assert.Equal("10 B/op", await page.Locator(".card[data-benchmark='T.New'] .bytes").TextContentAsync());
        Assert.Equal("fastest", await page.Locator(".card[data-benchmark='T.New'] .relative").TextContentAsync());
        Assert.Equal("4.50 µs", await page.Locator(".card[data-benchmark='S.Slow'] .median").TextContentAsync());
        // The bar is the share of the suite's slowest.
        Assert.Equal("width:100%", await page.Locator(".card[data-benchmark='S.Slow'] .bar div").GetAttributeAsync("style"));
        Assert.Equal("width:33.3%", await fast.Locator(".bar div").GetAttributeAsync("style"));
        await ScreenshotAsync(page, "run");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_flame_graph_opens_inline_zooms_on_click_and_searches()
    {
        var page = await OpenAsync("/run?path=fixture-profile");
        Assert.Contains("top by flat", await page.Locator("pre.artifact").TextContentAsync());
        var graph = page.FrameLocator("iframe.flamegraph");
        var frame = graph.Locator("g.f", new FrameLocatorLocatorOptions { Has = graph.Locator("title", new FrameLocatorLocatorOptions { HasTextString = "Hatchery.EngineFactory::NewRuntime() (" }) }).First;
        var before = double.Parse((await frame.Locator("rect").GetAttributeAsync("width"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before < 1180);

        await frame.Locator("rect").ClickAsync(new LocatorClickOptions { Force = true });

        Assert.Equal("1180", await frame.Locator("rect").GetAttributeAsync("width")); // zoomed to the full width
        Assert.False(await graph.Locator("#reset").EvaluateAsync<bool>("e => e.classList.contains('hidden')"));
        await ScreenshotAsync(page, "flamegraph-zoomed");

        await graph.Locator("#term").FillAsync("NewRuntime");
        await graph.Locator("#term").PressAsync("Enter");

        Assert.Matches(@"^Matched: \d+\.\d\d%$", await graph.Locator("#matched").TextContentAsync());
        Assert.Equal("rgb(230,0,230)", await frame.Locator("rect").GetAttributeAsync("fill"));
        await ScreenshotAsync(page, "flamegraph-search");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_comparison_shows_its_significance_marks()
    {
        var page = await OpenAsync("/");
        await page.Locator("#compare select[name=base]").SelectOptionAsync("fixture-base");
        await page.Locator("#compare select[name=candidate]").SelectOptionAsync("fixture-candidate");
        await page.Locator("#compare button").ClickAsync();
        await page.WaitForURLAsync("**/compare?**");

        Assert.Equal("▼ faster", await page.Locator("tr[data-benchmark='S.Fast'] td.mark").TextContentAsync());
        Assert.Equal("-50.0%", await page.Locator("tr[data-benchmark='S.Fast'] td.delta").TextContentAsync());
        Assert.Equal("~", await page.Locator("tr[data-benchmark='S.Same'] td.mark").TextContentAsync());
        Assert.Contains("candidate only", await page.Locator("tr[data-benchmark='T.New']").TextContentAsync());
        Assert.Contains("base only", await page.Locator("tr[data-benchmark='T.Gone']").TextContentAsync());
        await ScreenshotAsync(page, "comparison");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_started_quick_run_streams_progress_and_ends_in_a_new_report()
    {
        var page = await OpenAsync("/");

        await page.Locator("#start").ClickAsync();
        var link = page.Locator("#new-report");
        await link.WaitForAsync(new LocatorWaitForOptions { Timeout = 300_000 });

        var progress = await page.Locator("#progress").TextContentAsync();
        Assert.Contains("building and starting: *Spin*", progress);
        Assert.Contains("benchmark process ", progress);
        Assert.Contains("[1/1]", progress); // BenchmarkDotNet's progress, streamed as it ran
        await ScreenshotAsync(page, "quick-run");
        await link.ClickAsync();
        await page.Locator(".card[data-benchmark='Spin.Work']").WaitForAsync();
        Assert.EndsWith("fastest", (await page.Locator(".card[data-benchmark='Spin.Work'] .relative").TextContentAsync())!);
        await ScreenshotAsync(page, "quick-run-report");
        await page.CloseAsync();
    }
}

using Microsoft.Playwright;
using NUnit.Framework;

namespace Gateway.System.Tests.Browser;

/// <summary>
/// Debian's chromium (/usr/bin/chromium, installed by scripts/install-test-deps.sh) driven by Playwright, headless,
/// with one page. Playwright never downloads a browser here; without /usr/bin/chromium the test fails saying so.
/// Script errors on the page are collected: a test ends by asserting there were none.
/// </summary>
internal sealed class ConsoleBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long a wait in the page (a locator's action, an expectation) may take.</summary>
    public const float TimeoutMillis = 30_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _pageErrors = [];

    private ConsoleBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.PageError += (_, error) => Record($"page error: {error}");
        page.Console += (_, message) =>
        {
            // Failed requests (a 403 the page then shows) are the server's answer, not a script error.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                Record($"console error: {message.Text}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> PageErrors
    {
        get
        {
            lock (_pageErrors)
            {
                return _pageErrors.ToArray();
            }
        }
    }

    public static async Task<ConsoleBrowser> Launch(CancellationToken cancellation)
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"{ChromiumPath} is missing: the browser tests drive Debian's chromium (scripts/install-test-deps.sh " +
                "installs it); Playwright is not allowed to download a browser");
        }

        // Belt and braces: nothing in this process may make Playwright fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(TimeoutMillis);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Timeout = TimeoutMillis,
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 1400, Height = 700 },
                TimezoneId = "UTC",
            });
            context.SetDefaultTimeout(TimeoutMillis);
            var page = await context.NewPageAsync();
            var console = new ConsoleBrowser(playwright, browser, page);
            // The test's [CancelAfter]: closing the browser ends whatever the test awaits in it.
            cancellation.Register(() => _ = browser.CloseAsync());
            return console;
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Saves a screenshot of the whole page under the test's output folder and attaches it to the test.</summary>
    public async Task<string> Screenshot(string fileName)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "artifacts", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, "the admin console");
        TestContext.Out.WriteLine($"screenshot: {path}");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _browser.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already closed (the test was canceled).
        }

        _playwright.Dispose();
    }

    private void Record(string error)
    {
        lock (_pageErrors)
        {
            _pageErrors.Add(error);
        }
    }
}

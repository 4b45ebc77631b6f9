using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gateway.System.Tests.Browser;

/// <summary>
/// The admin console as a test sees it: its tabs, the venue session's row and cells (by data-testid and data-field,
/// the attributes console.js gives them), and waits on what the page shows.
/// </summary>
internal sealed class ConsolePage(IPage page)
{
    public const string SessionRow = "[data-testid=session-row]";

    public IPage Page { get; } = page;

    /// <summary>The console's address as the demo prints it: the token in the fragment (never sent to the server).</summary>
    public static string Url(Admin.AdminGateway gateway, string token) => $"{gateway.Address}#token={Uri.EscapeDataString(token)}";

    public ILocator Session => Page.Locator(SessionRow);

    public ILocator Message => Page.GetByTestId("message");

    public ILocator SessionCell(string field) => Session.Locator($"[data-field={field}]");

    public async Task OpenTab(string tab)
    {
        await Page.GetByTestId($"tab-button-{tab}").ClickAsync();
        await Expect(Page.GetByTestId($"tab-{tab}")).ToBeVisibleAsync();
    }

    /// <summary>Clicks one of the session row's action buttons and, for those that ask, confirms.</summary>
    public async Task SessionAction(string action, bool confirm = false)
    {
        await Session.Locator($"[data-action={action}]").ClickAsync();
        if (confirm)
        {
            await Confirm();
        }
    }

    public async Task Confirm()
    {
        await Expect(Page.GetByTestId("confirm")).ToBeVisibleAsync();
        await Page.GetByTestId("confirm-yes").ClickAsync();
    }

    /// <summary>Waits until the session's logged on (its state cell green).</summary>
    public Task SessionLoggedOn() => Expect(SessionCell("state")).ToHaveClassAsync("good");

    /// <summary>A number the page shows (thousands separated by commas).</summary>
    public async Task<long> SessionNumber(string field)
    {
        var text = await SessionCell(field).InnerTextAsync();
        return long.Parse(text.Replace(",", "", StringComparison.Ordinal), global::System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits (in the page, polling) until a session cell's number compares to <paramref name="than"/> as asked.</summary>
    public async Task WaitForSessionNumber(string field, string comparison, long than)
    {
        await Page.WaitForFunctionAsync(
            """
            ([selector, comparison, than]) => {
              const cell = document.querySelector(selector);
              if (!cell) return false;
              const value = Number(cell.textContent.replace(/,/g, ''));
              return !Number.isNaN(value) && (comparison === '>=' ? value >= than : value < than);
            }
            """,
            new object[] { $"{SessionRow} [data-field={field}]", comparison, than },
            new PageWaitForFunctionOptions { PollingInterval = 100 });
    }

    /// <summary>Waits until the action's outcome is shown: done, or refused as <paramref name="expected"/> says.</summary>
    public Task ExpectMessage(string expected) => Expect(Message).ToContainTextAsync(expected);

    public Task ExpectMessage(Regex expected) => Expect(Message).ToContainTextAsync(expected);
}

using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.RiskChecks.Admin;

namespace Gateway.Pipeline;

/// <summary>Console actions on the order thread: the kill switch (block and cancel) and mass cancels.</summary>
public sealed partial class OrderProcessor
{
    private int ApplyAdminCommands()
    {
        var applied = 0;
        while (_admin.TryTake(out var command))
        {
            // Console commands are the cold path: a bad one (an id beyond the risk engine's capacity) is refused and
            // reported, never left half-applied or thrown into the order thread's loop.
            try
            {
                Apply(in command);
            }
            catch (ArgumentException e)
            {
                _admin.MarkFailed(command, e.Message);
            }
            finally
            {
                _admin.MarkApplied();
            }

            applied++;
        }

        return applied;
    }

    private void Apply(in PipelineCommand command)
    {
        switch (command.Kind)
        {
            case PipelineCommandKind.KillSwitch:
                ApplyKillSwitch(command.Level, command.Id, command.On);
                break;
            case PipelineCommandKind.MassCancel:
                CancelWhere(
                    new OpenOrderFilter(command.StrategyId, command.AccountId, command.InstrumentId, command.VenueId),
                    CancelReason.MassCancel);
                break;
        }
    }

    private void ApplyKillSwitch(KillSwitchLevel level, int id, bool on)
    {
        // The risk engine applies its command before the next order it checks: no order gets through after this.
        _risk.Admin.SetKillSwitch(level, id, on);
        _risk.Poll(_now);
        if (on)
        {
            var filter = level switch
            {
                KillSwitchLevel.Strategy => new OpenOrderFilter(StrategyId: id),
                KillSwitchLevel.Venue => new OpenOrderFilter(VenueId: id),
                _ => OpenOrderFilter.Any,
            };
            CancelWhere(filter, CancelReason.KillSwitch);
        }

        for (var strategy = 0; strategy < _strategyLoggedIn.Length; strategy++)
        {
            if (_strategyLoggedIn[strategy] && (level != KillSwitchLevel.Strategy || strategy == id))
            {
                NotifyStatus(strategy, on ? SessionStatusCode.KillSwitchOn : SessionStatusCode.KillSwitchOff,
                    level == KillSwitchLevel.Venue ? id : -1, on ? "kill switch on: new orders are refused"u8 : "kill switch off"u8);
            }
        }
    }
}

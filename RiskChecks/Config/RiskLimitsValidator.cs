namespace Gateway.RiskChecks.Config;

/// <summary>Cold path: rejects limits the engine cannot apply, with a message that says which and why.</summary>
public static class RiskLimitsValidator
{
    public const int MaxMessagesPerWindow = 1_000_000;

    public static void Validate(RiskLimits limits)
    {
        var capacity = limits.Capacity;
        Positive(capacity.MaxStrategies, "Capacity.MaxStrategies");
        Positive(capacity.MaxAccounts, "Capacity.MaxAccounts");
        Positive(capacity.MaxInstruments, "Capacity.MaxInstruments");
        Positive(capacity.MaxVenues, "Capacity.MaxVenues");
        Positive(capacity.MaxOpenOrders, "Capacity.MaxOpenOrders");
        Positive(capacity.MaxPositions, "Capacity.MaxPositions");
        Positive(capacity.ClientOrderIdsPerStrategy, "Capacity.ClientOrderIdsPerStrategy");
        if (limits.TradingDayStartUtc < TimeSpan.Zero || limits.TradingDayStartUtc >= TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"TradingDayStartUtc {limits.TradingDayStartUtc} is not a time of day.");
        }

        Unique(limits.Strategies.Select(s => s.Id), "strategy");
        Unique(limits.Accounts.Select(a => a.Id), "account");
        Unique(limits.Instruments.Select(i => i.Id), "instrument");
        Unique(limits.Venues.Select(v => v.Id), "venue");
        foreach (var strategy in limits.Strategies)
        {
            Validate(strategy, capacity);
        }

        foreach (var account in limits.Accounts)
        {
            Validate(account, capacity);
        }

        foreach (var instrument in limits.Instruments)
        {
            Validate(instrument, capacity);
        }

        foreach (var venue in limits.Venues)
        {
            Validate(venue, capacity);
        }
    }

    public static void Validate(StrategyLimits strategy, RiskCapacity capacity)
    {
        var where = $"strategy {strategy.Id}";
        Id(strategy.Id, capacity.MaxStrategies, where);
        foreach (var account in strategy.Accounts)
        {
            Id(account, capacity.MaxAccounts, $"{where}: account");
        }

        foreach (var venue in strategy.Venues)
        {
            Id(venue, capacity.MaxVenues, $"{where}: venue");
        }

        Positive(strategy.MaxOrderQuantity, $"{where}: MaxOrderQuantity");
        Amount(strategy.MaxOrderNotional, $"{where}: MaxOrderNotional");
        Positive(strategy.MaxOpenOrders, $"{where}: MaxOpenOrders");
        Amount(strategy.MaxDailyNotional, $"{where}: MaxDailyNotional");
        Positive(strategy.ClientOrderIdCapacity, $"{where}: ClientOrderIdCapacity");
        Rate(strategy.MessageRate, where);
    }

    public static void Validate(AccountLimits account, RiskCapacity capacity)
    {
        Id(account.Id, capacity.MaxAccounts, "account");
        Amount(account.CreditLimit, $"account {account.Id}: CreditLimit");
    }

    public static void Validate(InstrumentLimits instrument, RiskCapacity capacity)
    {
        var where = $"instrument {instrument.Id}";
        Id(instrument.Id, capacity.MaxInstruments, where);
        Positive(instrument.MaxOrderQuantity, $"{where}: MaxOrderQuantity");
        Amount(instrument.MaxOrderNotional, $"{where}: MaxOrderNotional");
        NotNegative(instrument.MaxLongPosition, $"{where}: MaxLongPosition");
        NotNegative(instrument.MaxShortPosition, $"{where}: MaxShortPosition");
        Amount(instrument.ReferencePrice, $"{where}: ReferencePrice");
        if (instrument.CollarPercent is not null && instrument.CollarTicks is not null)
        {
            throw new ArgumentException($"{where}: give CollarPercent or CollarTicks, not both.");
        }

        if (instrument.CollarPercent is { } percent && (percent <= 0 || percent > 1000))
        {
            throw new ArgumentException($"{where}: CollarPercent {percent} must be above 0 and at most 1000.");
        }

        if (instrument.CollarTicks is not null)
        {
            Positive(instrument.CollarTicks, $"{where}: CollarTicks");
            if (instrument.TickSize is null)
            {
                throw new ArgumentException($"{where}: CollarTicks needs a TickSize.");
            }
        }

        Amount(instrument.TickSize, $"{where}: TickSize");
    }

    public static void Validate(VenueLimits venue, RiskCapacity capacity)
    {
        Id(venue.Id, capacity.MaxVenues, "venue");
        Rate(venue.MessageRate, $"venue {venue.Id}");
    }

    private static void Rate(MessageRateLimit? rate, string where)
    {
        if (rate is null)
        {
            return;
        }

        if (rate.MaxMessages < 1 || rate.MaxMessages > MaxMessagesPerWindow || rate.Window <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"{where}: MessageRate needs 1 to {MaxMessagesPerWindow} messages in a positive window.");
        }
    }

    private static void Id(int id, int max, string what)
    {
        if (id < 0 || id >= max)
        {
            throw new ArgumentException($"{what} id {id} is outside 0..{max - 1} (the capacity).");
        }
    }

    private static void Unique(IEnumerable<int> ids, string what)
    {
        var seen = new HashSet<int>();
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The {what} id {id} is configured twice.");
            }
        }
    }

    private static void Positive(long? value, string what)
    {
        if (value is <= 0)
        {
            throw new ArgumentException($"{what} must be positive, not {value}.");
        }
    }

    private static void NotNegative(long? value, string what)
    {
        if (value is < 0)
        {
            throw new ArgumentException($"{what} must not be negative, not {value}.");
        }
    }

    private static void Amount(decimal? value, string what)
    {
        if (value is null)
        {
            return;
        }

        if (value <= 0 || value > (decimal)long.MaxValue / Orders.Price.Scale)
        {
            throw new ArgumentException($"{what} {value} must be positive and fit 8 decimals in a long.");
        }
    }
}

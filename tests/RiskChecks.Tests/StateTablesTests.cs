using FluentAssertions;
using Gateway.RiskChecks.State;
using NUnit.Framework;

namespace Gateway.RiskChecks.Tests;

/// <summary>The engine's own tables against simple models.</summary>
public class StateTablesTests
{
    [Test]
    public void Open_order_table_matches_a_dictionary_through_random_adds_and_removes()
    {
        var table = new OpenOrderTable(256);
        var model = new Dictionary<(int, long), long>();
        var random = new Random(11);
        for (var step = 0; step < 200_000; step++)
        {
            // Few strategies, clustered ids: many collisions and long probe runs.
            var key = (random.Next(3), (long)random.Next(600));
            var slot = table.Find(key.Item1, key.Item2);
            (slot >= 0).Should().Be(model.ContainsKey(key));
            if (slot >= 0)
            {
                table[slot].OrderQuantity.Should().Be(model[key]);
                table.Remove(slot);
                model.Remove(key);
            }
            else if (!table.IsFull)
            {
                var added = table.Add(key.Item1, key.Item2);
                table[added].OrderQuantity = step;
                model[key] = step;
            }
        }

        table.Count.Should().Be(model.Count);
    }

    [Test]
    public void Client_order_id_set_holds_any_long_up_to_its_capacity()
    {
        var set = new ClientOrderIdSet(4);

        set.Add(long.MinValue).Should().BeTrue();
        set.Add(0).Should().BeTrue();
        set.Add(-1).Should().BeTrue();
        set.Add(0).Should().BeFalse();
        set.Add(long.MaxValue).Should().BeTrue();
        set.Add(5).Should().BeFalse("the set is full");

        set.Contains(long.MinValue).Should().BeTrue();
        set.Contains(5).Should().BeFalse();
        set.Clear();
        set.Contains(long.MinValue).Should().BeFalse();
        set.Count.Should().Be(0);
    }

    [Test]
    public void Throttle_carries_the_newest_history_into_a_smaller_window()
    {
        var old = new SlidingWindowThrottle(4, 1_000);
        foreach (var t in new long[] { 10, 20, 30, 40 })
        {
            old.Admit(t);
        }

        var smaller = new SlidingWindowThrottle(2, 1_000);
        smaller.CarryOver(old);

        smaller.WouldAdmit(1_029).Should().BeFalse("30 and 40 are still in the window");
        smaller.WouldAdmit(1_030).Should().BeTrue();
    }

    [TestCase(0L, 0L)]
    [TestCase(86_399_999_999_999L, 0L)]
    [TestCase(86_400_000_000_000L, 86_400_000_000_000L)]
    [TestCase(-1L, -86_400_000_000_000L)]
    public void Trading_day_is_found_by_floor_division(long now, long expectedStart)
    {
        var day = TradingDay.Containing(now, TimeSpan.Zero);

        day.StartNanos.Should().Be(expectedStart);
        day.NextStartNanos.Should().Be(expectedStart + TradingDay.DayNanos);
    }
}

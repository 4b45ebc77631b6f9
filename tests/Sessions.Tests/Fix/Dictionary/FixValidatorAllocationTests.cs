using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>Validation runs per message on the session thread: after warm-up it must not allocate.</summary>
public class FixValidatorAllocationTests
{
    private const string NewOrderSingle =
        "8=FIX.4.4|35=D|34=1234|49=BUYSIDE|52=20240102-03:04:05.678|56=VENUE|1=ACCT-7|11=ORD-000123456|21=1|38=1500|40=2|44=101.25|54=1|55=MSFT|59=0|60=20240102-03:04:05.678|453=1|448=TRADER1|447=D|452=11";

    [TestCase(NewOrderSingle, true)]
    [TestCase("8=FIX.4.4|35=D|34=1234|49=BUYSIDE|52=20240102-03:04:05.678|56=VENUE|11=ORD|21=4|38=1500|40=2|54=1|55=MSFT|60=20240102-03:04:05.678", false)]
    [TestCase("8=FIX.4.4|35=D|34=1234|49=BUYSIDE|52=20240102-03:04:05.678|56=VENUE|11=ORD|453=1|447=D|448=A|21=1|40=1|54=1|55=MSFT|60=20240102-03:04:05.678", false)]
    public void Validate_allocates_nothing_after_warm_up(string text, bool isValid)
    {
        var validator = new FixValidator(SharedFixData.Fix44);
        var frame = TestMessages.Frame(text);
        var table = new FixFieldTable();
        table.Scan(frame, validator.DataFieldPairs);

        Run(validator, frame, table, 1_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = Run(validator, frame, table, 10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        valid.Should().Be(isValid ? 10_000 : 0);
        allocated.Should().Be(0);
    }

    private static int Run(FixValidator validator, byte[] frame, FixFieldTable table, int times)
    {
        var valid = 0;
        for (var i = 0; i < times; i++)
        {
            if (validator.Validate(new FixMessage(frame, table), out _))
            {
                valid++;
            }
        }

        return valid;
    }
}

using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Acceptance.Tests.Echo;

/// <summary>
/// A copy of an inbound message as QuickFIX/n's ATApplication sends it back: the header's own fields (PossResend,
/// OnBehalfOf..., MessageEncoding) copied, the session fields new; the body re-serialised as QuickFIX/n's FieldMap
/// does it: plain fields (empty group counters included) in ascending tag order, then each repeating group, counter
/// first, its entries as received.
/// </summary>
internal readonly ref struct EchoBody(FixMessage source, MessageDef? message, DataDictionary? dictionary) : IFixBody
{
    private readonly FixMessage _source = source;

    public void WriteHeader(ref FixHeaderFields header)
    {
        for (var i = 3; i < _source.FieldCount; i++)
        {
            var tag = _source.TagAt(i);
            if (IsHeader(tag) && !IsSessionOwned(tag))
            {
                header.Add(tag, _source.ValueAt(i));
            }
        }
    }

    public void WriteBody(ref FixWriter writer)
    {
        var count = _source.FieldCount;
        Span<int> plain = stackalloc int[count];
        Span<int> groupStarts = stackalloc int[count];
        Span<int> groupEnds = stackalloc int[count];
        var plainCount = 0;
        var groupCount = 0;
        var i = 3;
        while (i < count)
        {
            var tag = _source.TagAt(i);
            if (IsHeader(tag) || IsTrailer(tag))
            {
                i++;
                continue;
            }

            if (message is not null && message.TryGetGroup(tag, out var group) && HasEntries(i))
            {
                groupStarts[groupCount] = i;
                i = SkipGroup(group, i + 1);
                groupEnds[groupCount++] = i;
                continue;
            }

            plain[plainCount++] = i++;
        }

        SortByTag(plain[..plainCount]);
        foreach (var index in plain[..plainCount])
        {
            writer.Add(_source.TagAt(index), _source.ValueAt(index));
        }

        SortByTag(groupStarts[..groupCount], groupEnds[..groupCount]);
        for (var g = 0; g < groupCount; g++)
        {
            for (var f = groupStarts[g]; f < groupEnds[g]; f++)
            {
                writer.Add(_source.TagAt(f), _source.ValueAt(f));
            }
        }
    }

    private static bool IsSessionOwned(int tag) => tag is 8 or 9 or 35 or 34 or 43 or 49 or 52 or 56 or 122;

    private static bool IsTrailer(int tag) => tag is 10 or 89 or 93;

    private bool IsHeader(int tag) =>
        dictionary is not null ? dictionary.Header.Contains(tag) : tag is 97 or 115 or 116 or 128 or 129 or 347;

    private bool HasEntries(int counterIndex) =>
        FixValue.TryParseInt(_source.ValueAt(counterIndex), out var entries) && entries > 0;

    /// <summary>The index after the last field of the group whose first entry starts at <paramref name="i"/>.</summary>
    private int SkipGroup(GroupDef group, int i)
    {
        while (i < _source.FieldCount && group.Contains(_source.TagAt(i)))
        {
            var tag = _source.TagAt(i);
            i = group.TryGetGroup(tag, out var nested) && HasEntries(i) ? SkipGroup(nested, i + 1) : i + 1;
        }

        return i;
    }

    private void SortByTag(Span<int> indices, Span<int> companion = default)
    {
        for (var a = 1; a < indices.Length; a++)
        {
            var index = indices[a];
            var other = companion.IsEmpty ? 0 : companion[a];
            var b = a - 1;
            while (b >= 0 && _source.TagAt(indices[b]) > _source.TagAt(index))
            {
                indices[b + 1] = indices[b];
                if (!companion.IsEmpty)
                {
                    companion[b + 1] = companion[b];
                }

                b--;
            }

            indices[b + 1] = index;
            if (!companion.IsEmpty)
            {
                companion[b + 1] = other;
            }
        }
    }
}

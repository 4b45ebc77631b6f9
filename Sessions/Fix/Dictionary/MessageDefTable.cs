namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// Message definitions by packed MsgType: one-byte types (nearly all traffic: D, 8, F, 0, ...) straight from a
/// 256-entry array, longer ones ("AE", "BH", ...) by binary search over the sorted packed values.
/// </summary>
internal sealed class MessageDefTable
{
    private readonly MessageDef?[] _singleByte = new MessageDef?[256];
    private readonly ulong[] _keys;
    private readonly MessageDef[] _values;

    public MessageDefTable(IEnumerable<MessageDef> messages)
    {
        var multi = new List<MessageDef>();
        foreach (var message in messages)
        {
            var packed = message.PackedMsgType;
            if (packed is 0 or Codec.MsgTypes.Unknown)
            {
                throw new DataDictionaryException($"message '{message.Name}' has an unusable msgtype '{message.MsgType}'");
            }

            if (packed <= 0xFF)
            {
                _singleByte[packed] = message;
            }
            else
            {
                multi.Add(message);
            }
        }

        multi.Sort((a, b) => a.PackedMsgType.CompareTo(b.PackedMsgType));
        _keys = new ulong[multi.Count];
        _values = [.. multi];
        for (var i = 0; i < multi.Count; i++)
        {
            _keys[i] = multi[i].PackedMsgType;
        }
    }

    public MessageDef? Find(ulong packed)
    {
        if (packed <= 0xFF)
        {
            return _singleByte[packed];
        }

        var i = Array.BinarySearch(_keys, packed);
        return i >= 0 ? _values[i] : null;
    }
}

using System;
using System.Buffers;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Where <see cref="FinanceJson"/> writes a row: arrays rented from the shared pool and returned on dispose, so only
/// the finished JSON is allocated. Utf8JsonWriter asks for room in 4 KB steps (and over a stream copies once more),
/// which made every few-hundred-byte row cost several kilobytes.
/// </summary>
internal sealed class JsonBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(4096);
    private int _written;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsSpan(_written);
    }

    public byte[] ToArray() => _bytes.AsSpan(0, _written).ToArray();

    /// <summary>What was written, valid until the buffer is written to again or disposed.</summary>
    public ArraySegment<byte> Written => new(_bytes, 0, _written);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

    private void Reserve(int sizeHint)
    {
        int needed = _written + Math.Max(sizeHint, 1);
        if (needed > _bytes.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _bytes.Length * 2));
            _bytes.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
    }
}

package org.openedx.events.wire.avro;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.openedx.events.wire.payload.PathFailure;

/**
 * Reads the Avro binary encoding written by {@link ByteSink} (or by fastavro / Avro Java), checking every length
 * against the bytes that are left, so that damaged input fails with a {@link PathFailure} instead of an
 * {@link ArrayIndexOutOfBoundsException} or a huge allocation.
 */
final class ByteSource {

    private final byte[] buf;
    private final int start;
    private final int limit;
    private int pos;

    ByteSource(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.start = offset;
        this.pos = offset;
        this.limit = offset + length;
    }

    /** The most items one block may claim when an item can take no bytes at all (a record without fields). */
    static final int MAX_EMPTY_ITEMS = 1 << 16;

    /** The number of bytes read so far. */
    int consumed() {
        return pos - start;
    }

    private PathFailure truncated(int needed) {
        return new PathFailure("cannot be read: the data ends after " + (limit - start) + " bytes, but "
                + needed + " more byte(s) were needed at byte " + consumed()
                + " (truncated or not written with this event's schema)");
    }

    long readLong() {
        long n = 0;
        int shift = 0;
        for (int i = 0; i < 10; i++) {
            if (pos >= limit) {
                throw truncated(1);
            }
            int b = buf[pos++] & 0xFF;
            n |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (n >>> 1) ^ -(n & 1);
            }
            shift += 7;
        }
        throw new PathFailure("cannot be read: the varint at byte " + (consumed() - 10)
                + " is longer than 10 bytes (not a valid Avro long)");
    }

    boolean readBoolean() {
        if (pos >= limit) {
            throw truncated(1);
        }
        int b = buf[pos++];
        if (b == 0) {
            return false;
        }
        if (b == 1) {
            return true;
        }
        throw new PathFailure("cannot be read: the boolean at byte " + (consumed() - 1) + " is " + b
                + ", but an Avro boolean is the byte 0 or 1");
    }

    double readDouble() {
        if (limit - pos < 8) {
            throw truncated(8 - (limit - pos));
        }
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits |= (long) (buf[pos++] & 0xFF) << (8 * i);
        }
        return Double.longBitsToDouble(bits);
    }

    private int readLength(String what) {
        long length = readLong();
        if (length < 0) {
            throw new PathFailure(
                    "cannot be read: the " + what + " length at byte " + consumed() + " is negative (" + length + ")");
        }
        if (length > limit - pos) {
            throw truncated((int) Math.min(Integer.MAX_VALUE, length - (limit - pos)));
        }
        return (int) length;
    }

    byte[] readBytes() {
        int length = readLength("bytes");
        byte[] out = new byte[length];
        System.arraycopy(buf, pos, out, 0, length);
        pos += length;
        return out;
    }

    /** A UTF-8 string; malformed UTF-8 is an error (as in Python), not silently replaced. */
    String readString() {
        int length = readLength("string");
        int from = pos;
        int end = from + length;
        pos = end;
        for (int i = from; i < end; i++) {
            if (buf[i] < 0) {
                try {
                    return StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(buf, from, length))
                            .toString();
                } catch (CharacterCodingException e) {
                    throw new PathFailure(
                            "cannot be read: the string at byte " + (from - start) + " is not valid UTF-8", e);
                }
            }
        }
        return new String(buf, from, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * The item count of the next array or map block; a negative count (a block with its byte size, which other
     * writers may use) is turned positive and its size skipped.
     *
     * @param minItemBytes the fewest bytes one item can take (0 for an empty record), to reject absurd counts
     */
    long readBlockCount(int minItemBytes) {
        long count = readLong();
        if (count < 0) {
            readLong();
            count = -count;
        }
        if (count < 0 || (minItemBytes == 0 && count > MAX_EMPTY_ITEMS)) {
            // Long.MIN_VALUE stays negative; items of zero bytes (empty records) cannot be bounded by the data left
            throw new PathFailure("cannot be read: a block at byte " + consumed() + " claims " + count
                    + " items, more than the " + MAX_EMPTY_ITEMS + " this reader accepts for items that take no bytes");
        }
        if (minItemBytes > 0 && count > (limit - pos) / minItemBytes) {
            // every item takes at least minItemBytes: a larger count cannot be genuine
            throw new PathFailure("cannot be read: a block at byte " + consumed() + " claims " + count
                    + " items but only " + (limit - pos) + " bytes are left");
        }
        return count;
    }
}

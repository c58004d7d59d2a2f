package org.openedx.events.wire.avro;

import java.util.Arrays;

import org.openedx.events.wire.payload.PathFailure;

/**
 * A growable buffer that writes the Avro binary encoding (the subset upstream's schemas use): zig-zag varint longs,
 * little-endian IEEE doubles, booleans as one byte, and length-prefixed UTF-8 strings and bytes.
 */
final class ByteSink {

    private byte[] buf;
    private int pos;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int size() {
        return pos;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int extra) {
        if (pos + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + extra));
        }
    }

    /** An Avro {@code long} or {@code int}: zig-zag, then a little-endian base-128 varint. */
    void writeLong(long value) {
        ensure(10);
        long n = (value << 1) ^ (value >> 63);
        while ((n & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        buf[pos++] = (byte) n;
    }

    void writeBoolean(boolean value) {
        ensure(1);
        buf[pos++] = (byte) (value ? 1 : 0);
    }

    /** An Avro {@code double}: 8 bytes, little-endian, NaN canonicalized (as Python and Avro Java write it). */
    void writeDouble(double value) {
        ensure(8);
        long bits = Double.doubleToLongBits(value);
        for (int i = 0; i < 8; i++) {
            buf[pos++] = (byte) (bits >>> (8 * i));
        }
    }

    void writeBytes(byte[] value) {
        writeLong(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, buf, pos, value.length);
        pos += value.length;
    }

    /**
     * An Avro {@code string}: the UTF-8 byte count, then the bytes.
     *
     * @throws PathFailure if the string holds an unpaired surrogate, which has no UTF-8 form (Python refuses to
     *     encode it too)
     */
    void writeString(String value) {
        int length = value.length();
        int utf8 = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                utf8++;
            } else if (c < 0x800) {
                utf8 += 2;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    utf8 += 4;
                    i++;
                } else {
                    throw new PathFailure(String.format(
                            "holds an unpaired surrogate U+%04X at index %d, which has "
                                    + "no UTF-8 form; strings must be valid Unicode",
                            (int) c, i));
                }
            } else {
                utf8 += 3;
            }
        }
        writeLong(utf8);
        ensure(utf8);
        byte[] b = buf;
        int p = pos;
        if (utf8 == length) {
            for (int i = 0; i < length; i++) {
                b[p++] = (byte) value.charAt(i);
            }
        } else {
            for (int i = 0; i < length; i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    b[p++] = (byte) c;
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c)) {
                    int cp = Character.toCodePoint(c, value.charAt(++i));
                    b[p++] = (byte) (0xF0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    b[p++] = (byte) (0xE0 | (c >> 12));
                    b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }
        pos = p;
    }
}

package io.kawat.ingest.internal.fetch;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * Classifies IP addresses for the SSRF guard. IPv6 forms that embed an IPv4 address (IPv4-mapped, IPv4-compatible,
 * NAT64 64:ff9b::/96, 6to4 2002::/16) are classified by the embedded address.
 */
final class AddressPolicy {

    /** How far an address may be trusted. */
    enum Reach {
        /** Globally routable: always fetched. */
        PUBLIC,
        /** Loopback, RFC 1918, CGNAT, unique-local: fetched only when the request allows private networks. */
        PRIVATE,
        /** Link-local (cloud metadata), multicast, unspecified, reserved: never fetched. */
        FORBIDDEN
    }

    /** A classification with a label for messages. */
    record AddressClass(Reach reach, String label) {}

    private AddressPolicy() {}

    static AddressClass classify(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return classifyV4(b);
        }
        if (isAllZero(b, 16)) {
            return new AddressClass(Reach.FORBIDDEN, "unspecified");
        }
        if (isAllZero(b, 15) && b[15] == 1) {
            return new AddressClass(Reach.PRIVATE, "loopback");
        }
        byte[] v4 = embeddedV4(b);
        if (v4 != null) {
            AddressClass inner = classifyV4(v4);
            return new AddressClass(inner.reach(), inner.label() + " (embedded in IPv6)");
        }
        return classifyV6(b);
    }

    private static AddressClass classifyV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return new AddressClass(Reach.FORBIDDEN, "unspecified or 'this network'");
        }
        if (a0 == 127) {
            return new AddressClass(Reach.PRIVATE, "loopback");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return new AddressClass(Reach.PRIVATE, "private network");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return new AddressClass(Reach.PRIVATE, "shared address space (CGNAT)");
        }
        if (a0 == 169 && a1 == 254) {
            return new AddressClass(Reach.FORBIDDEN, "link-local");
        }
        if (a0 >= 224 && a0 <= 239) {
            return new AddressClass(Reach.FORBIDDEN, "multicast");
        }
        if (a0 >= 240) {
            return new AddressClass(Reach.FORBIDDEN, "reserved or broadcast");
        }
        if ((a0 == 192 && a1 == 0 && a2 == 0) || (a0 == 198 && (a1 & 0xfe) == 18)) {
            return new AddressClass(Reach.FORBIDDEN, "special-purpose");
        }
        return new AddressClass(Reach.PUBLIC, "public");
    }

    private static AddressClass classifyV6(byte[] b) {
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return new AddressClass(Reach.PRIVATE, "unique local");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return new AddressClass(Reach.FORBIDDEN, "link-local");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return new AddressClass(Reach.PRIVATE, "site-local");
        }
        if (b0 == 0xff) {
            return new AddressClass(Reach.FORBIDDEN, "multicast");
        }
        return new AddressClass(Reach.PUBLIC, "public");
    }

    /** The IPv4 address inside an IPv6 one, or null when it embeds none. */
    private static byte[] embeddedV4(byte[] b) {
        boolean mapped = isAllZero(b, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = isAllZero(b, 12);
        boolean nat64 = b[0] == 0
                && b[1] == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && isAllZero(Arrays.copyOfRange(b, 4, 12), 8);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean isAllZero(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}

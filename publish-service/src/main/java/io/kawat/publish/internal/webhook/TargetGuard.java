package io.kawat.publish.internal.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Refuses webhook targets that resolve to addresses a service must not call: loopback, private networks, CGNAT and
 * unique-local addresses unless the subscriber allows private networks; link-local (cloud metadata), multicast,
 * unspecified and reserved addresses always. Every address of the host is checked, and IPv6 forms that embed an
 * IPv4 address are judged by the embedded one.
 */
public final class TargetGuard {

    /** Resolves a host name to all its addresses (injected in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The target may not be called; the message says why. */
    public static final class RefusedTargetException extends Exception {
        RefusedTargetException(String message) {
            super(message);
        }
    }

    private enum Reach {
        PUBLIC,
        PRIVATE,
        FORBIDDEN
    }

    private final Resolver resolver;

    public TargetGuard(Resolver resolver) {
        this.resolver = resolver;
    }

    public static TargetGuard system() {
        return new TargetGuard(InetAddress::getAllByName);
    }

    /** Returns when every address of the URL's host may be called; throws otherwise. */
    public void check(URI url, boolean allowPrivateNetwork) throws RefusedTargetException, UnknownHostException {
        String host = url.getHost();
        if (host == null) {
            throw new RefusedTargetException("the URL has no host");
        }
        for (InetAddress address : resolver.resolve(host)) {
            Reach reach = reach(address);
            if (reach == Reach.FORBIDDEN || reach == Reach.PRIVATE && !allowPrivateNetwork) {
                throw new RefusedTargetException("refused target " + host + " (" + address.getHostAddress() + ", "
                        + (reach == Reach.FORBIDDEN
                                ? "link-local, multicast or reserved address"
                                : "loopback or private network; set allow-private-network to allow it")
                        + ")");
            }
        }
    }

    private static Reach reach(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return reachV4(b);
        }
        byte[] v4 = embeddedV4(b);
        if (v4 != null && !address.isLoopbackAddress() && !address.isAnyLocalAddress()) {
            return reachV4(v4);
        }
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return Reach.FORBIDDEN;
        }
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || (b[0] & 0xfe) == 0xfc) {
            return Reach.PRIVATE;
        }
        return Reach.PUBLIC;
    }

    private static Reach reachV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0
                || a0 >= 224
                || a0 == 169 && a1 == 254
                || a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0
                || a0 == 198 && (a1 & 0xfe) == 18) {
            return Reach.FORBIDDEN;
        }
        if (a0 == 127
                || a0 == 10
                || a0 == 172 && (a1 & 0xf0) == 16
                || a0 == 192 && a1 == 168
                || a0 == 100 && (a1 & 0xc0) == 64) {
            return Reach.PRIVATE;
        }
        return Reach.PUBLIC;
    }

    /** The IPv4 address inside an IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address, else null. */
    private static byte[] embeddedV4(byte[] b) {
        boolean compatible = isZero(b, 0, 12);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12);
        if (compatible || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        return b[0] == 0x20 && b[1] == 0x02 ? Arrays.copyOfRange(b, 2, 6) : null;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}

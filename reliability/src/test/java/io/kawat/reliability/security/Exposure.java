package io.kawat.reliability.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the services listen: the configured host, the kernel's view ({@code ss -ltn}), and a non-loopback probe. */
final class Exposure {
    private Exposure() {}

    /** Rows: check, target, result, for a service reachable at {@code url}. */
    static List<List<?>> rows(String service, String url, String listening, Optional<InetAddress> external) {
        URI uri = URI.create(url);
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(
                "server configured on loopback",
                service + " " + uri.getHost() + ":" + uri.getPort(),
                "127.0.0.1".equals(uri.getHost()) ? "ok" : "FAILED: " + uri.getHost()));
        List<String> sockets = listening
                .lines()
                .map(l -> l.trim().split("\\s+"))
                .filter(f -> f.length > 3 && f[3].endsWith(":" + uri.getPort()))
                .map(f -> f[3])
                .toList();
        boolean loopbackOnly = !sockets.isEmpty()
                && sockets.stream().allMatch(a -> a.startsWith("127.0.0.1:") || a.startsWith("[::ffff:127.0.0.1]:"));
        rows.add(List.of(
                "listening socket bound to 127.0.0.1 (ss -ltn)",
                service + " port " + uri.getPort(),
                (loopbackOnly ? "ok: " : "FAILED: ") + sockets));
        external.ifPresent(address -> rows.add(List.of(
                "refused on a non-loopback local interface",
                service + " " + address.getHostAddress() + ":" + uri.getPort(),
                probe(address, uri.getPort()))));
        return rows;
    }

    /** The kernel's listening TCP sockets. */
    static String listening() {
        try {
            Process ss =
                    new ProcessBuilder("ss", "-ltnH").redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** An IPv4 address of this machine's own non-loopback interface, if any (never a remote host). */
    static Optional<InetAddress> ownNonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(Exposure::upAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean upAndNotLoopback(NetworkInterface n) {
        try {
            return n.isUp() && !n.isLoopback();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String probe(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return "FAILED: connected";
        } catch (ConnectException e) {
            return "ok: connection refused";
        } catch (SocketTimeoutException e) {
            return "ok: no answer within 1 s";
        } catch (IOException e) {
            return "ok: " + e.getClass().getSimpleName();
        }
    }
}

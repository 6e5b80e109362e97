package io.kawat.publish.internal.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses stand for what a host name resolves to: no DNS in these tests. */
class TargetGuardTest {
    private static final URI TARGET = URI.create("https://hooks.example.test/kawat");

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"})
    void shouldAllowAPublicAddressWhenPrivateNetworksAreNotAllowed(String address) {
        assertThatCode(() -> guard(address).check(TARGET, false)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.9",
                "192.168.1.1",
                "100.64.0.1",
                "::1",
                "fd00::1",
                "::ffff:127.0.0.1",
                "2002:0a00:0001::1"
            })
    void shouldRefuseAPrivateAddressUnlessPrivateNetworksAreAllowed(String address) {
        assertThatThrownBy(() -> guard(address).check(TARGET, false))
                .isInstanceOf(TargetGuard.RefusedTargetException.class)
                .hasMessageContaining("allow-private-network");
        assertThatCode(() -> guard(address).check(TARGET, true)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "169.254.169.254",
                "fe80::1",
                "0.0.0.0",
                "224.0.0.1",
                "::ffff:169.254.169.254",
                "64:ff9b::a9fe:a9fe",
                "::"
            })
    void shouldRefuseLinkLocalMulticastAndUnspecifiedAddressesEvenWhenPrivateNetworksAreAllowed(String address) {
        assertThatThrownBy(() -> guard(address).check(TARGET, true))
                .isInstanceOf(TargetGuard.RefusedTargetException.class)
                .hasMessageContaining("refused target");
    }

    @Test
    void shouldRefuseAHostWhenAnyOfItsAddressesIsPrivate() {
        TargetGuard guard = new TargetGuard(
                host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")});

        assertThatThrownBy(() -> guard.check(TARGET, false)).isInstanceOf(TargetGuard.RefusedTargetException.class);
    }

    private static TargetGuard guard(String literal) {
        return new TargetGuard(host -> new InetAddress[] {InetAddress.getByName(literal)});
    }
}

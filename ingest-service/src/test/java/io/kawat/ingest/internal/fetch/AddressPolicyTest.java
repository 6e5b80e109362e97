package io.kawat.ingest.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.ingest.internal.fetch.AddressPolicy.Reach;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
        "8.8.8.8, PUBLIC, public",
        "93.184.216.34, PUBLIC, public",
        "127.0.0.1, PRIVATE, loopback",
        "127.255.0.9, PRIVATE, loopback",
        "10.0.0.1, PRIVATE, private network",
        "172.16.0.1, PRIVATE, private network",
        "172.31.255.255, PRIVATE, private network",
        "172.32.0.1, PUBLIC, public",
        "192.168.1.1, PRIVATE, private network",
        "100.64.0.1, PRIVATE, shared address space (CGNAT)",
        "100.127.255.255, PRIVATE, shared address space (CGNAT)",
        "100.128.0.1, PUBLIC, public",
        "169.254.169.254, FORBIDDEN, link-local",
        "224.0.0.1, FORBIDDEN, multicast",
        "239.255.255.250, FORBIDDEN, multicast",
        "0.0.0.0, FORBIDDEN, unspecified or 'this network'",
        "255.255.255.255, FORBIDDEN, reserved or broadcast",
        "198.18.0.1, FORBIDDEN, special-purpose",
        "::1, PRIVATE, loopback",
        "::, FORBIDDEN, unspecified",
        "fc00::1, PRIVATE, unique local",
        "fd12:3456::1, PRIVATE, unique local",
        "fe80::1, FORBIDDEN, link-local",
        "ff02::1, FORBIDDEN, multicast",
        "2001:4860:4860::8888, PUBLIC, public",
        "64:ff9b::a00:1, PRIVATE, private network (embedded in IPv6)",
        "64:ff9b::808:808, PUBLIC, public (embedded in IPv6)",
        "2002:a9fe:a9fe::1, FORBIDDEN, link-local (embedded in IPv6)",
        "::7f00:1, PRIVATE, loopback (embedded in IPv6)"
    })
    void shouldClassifyTheAddressWhenGivenItsLiteral(String literal, Reach reach, String label)
            throws UnknownHostException {
        AddressPolicy.AddressClass kind = AddressPolicy.classify(InetAddress.getByName(literal));

        assertThat(kind.reach()).isEqualTo(reach);
        assertThat(kind.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "::ffff:{0} is {1}")
    @CsvSource({"127.0.0.1, PRIVATE", "10.0.0.1, PRIVATE", "169.254.169.254, FORBIDDEN", "8.8.8.8, PUBLIC"})
    void shouldClassifyTheEmbeddedAddressWhenAnIpv6ObjectHoldsAnIpv4MappedForm(String v4, Reach reach)
            throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(v4).getAddress(), 0, mapped, 12, 4);
        // unlike InetAddress.getByAddress, this keeps the mapped form as an Inet6Address
        Inet6Address address = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(AddressPolicy.classify(address).reach()).isEqualTo(reach);
    }
}

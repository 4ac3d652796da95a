package io.gongjian.evaluation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnsTargetGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.10",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "0.0.0.0",
                "100.64.0.1",
                "::1",
                "::",
                "fe80::1",
                "fd12:3456::1",
                "fc00::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "224.0.0.1",
                "255.255.255.255"
            })
    void refusesInternalAddresses(String address) throws UnknownHostException {
        assertTrue(DnsTargetGuard.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"})
    void acceptsPublicAddresses(String address) throws UnknownHostException {
        assertFalse(DnsTargetGuard.isInternal(InetAddress.getByName(address)), address);
    }
}

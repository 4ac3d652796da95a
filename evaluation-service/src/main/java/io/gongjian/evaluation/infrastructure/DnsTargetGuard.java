package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.TargetGuard;
import io.gongjian.evaluation.application.WebhooksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The SSRF guard: a target whose host resolves to any loopback, private, link-local, carrier-grade NAT, unique-local
 * or unspecified address is refused, unless {@code gongjian.webhooks.allow-private-targets} (local platform, tests).
 */
@ApplicationScoped
public class DnsTargetGuard implements TargetGuard {

    @Inject
    WebhooksConfig config;

    @Override
    public Optional<Refusal> refusal(URI url) {
        if (config.allowPrivateTargets()) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isInternal(address)) {
                    return Optional.of(new Refusal("webhook.url-private", address.getHostAddress()));
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal("webhook.url-unresolvable", url.getHost()));
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                    || first >= 240; // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc; // fc00::/7
            boolean mappedV4 = isMappedIpv4(bytes);
            if (mappedV4) {
                try {
                    byte[] v4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
                    return isInternal(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return true;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}

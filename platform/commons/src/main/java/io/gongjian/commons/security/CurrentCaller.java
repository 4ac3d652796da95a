package io.gongjian.commons.security;

import io.gongjian.commons.api.RequestLogContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, read once from the verified access token. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = read();
            RequestLogContext.caller(caller.subject());
        }
        return caller;
    }

    private Caller read() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(name -> Role.fromRealmRole(name).ifPresent(roles::add));
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return new Caller(
                    token.getSubject(),
                    claim(token, "preferred_username").orElse(token.getName()),
                    claim(token, "azp").orElse(null),
                    Set.copyOf(roles),
                    claim(token, "region"),
                    claim(token, "org_id"));
        }
        String name = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return new Caller(name, name, null, Set.copyOf(roles), Optional.empty(), Optional.empty());
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }
}

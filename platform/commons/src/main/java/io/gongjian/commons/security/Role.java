package io.gongjian.commons.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Keycloak realm {@code gongjian}. */
public enum Role {
    /** 平台管理员: everything. */
    PLATFORM_ADMIN("platform-admin"),
    /** 教育主管部门: reads its region, records evaluator inputs there. */
    BUREAU_OFFICER("bureau-officer"),
    /** 党组织管理员: its own organisation and the partnerships it is a party to. */
    ORG_ADMIN("org-admin"),
    /** 访客: published scores and rankings. */
    VIEWER("viewer");

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String PLATFORM_ADMIN_NAME = "platform-admin";

    public static final String BUREAU_OFFICER_NAME = "bureau-officer";
    public static final String ORG_ADMIN_NAME = "org-admin";
    public static final String VIEWER_NAME = "viewer";

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public static Optional<Role> fromRealmRole(String name) {
        return Arrays.stream(values())
                .filter(role -> role.realmRole.equals(name))
                .findFirst();
    }
}

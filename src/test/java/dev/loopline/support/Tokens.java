package dev.loopline.support;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Real tokens signed with the local key, as an IdP would issue them. */
public final class Tokens {

    public static final String ISSUER = "https://loopline.dev/local";

    private Tokens() {
    }

    public static String of(String role, String user) {
        return Jwt.issuer(ISSUER).upn(user).groups(Set.of(role)).expiresIn(3600).sign();
    }

    public static String agent() {
        return of("agent", "wang.fang");
    }

    public static String supervisor() {
        return of("supervisor", "zhao.lei");
    }

    public static String manager() {
        return of("manager", "chen.min");
    }

    public static String admin() {
        return of("admin", "admin");
    }

    public static String steward() {
        return of("steward", "li.wei");
    }
}

package org.corroborate.http;

import java.util.Objects;
import java.util.Set;

import org.corroborate.keys.Role;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One served route: method, Javalin path, the roles that may call it ({@code admin} always may;
 * {@code anyKey}: any valid key; {@code open}: no key at all, only {@code /health} and the review page's
 * static files, which hold no data).
 */
record Route(HandlerType method, String path, Set<Role> roles, boolean open, Handler handler) {
    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(handler, "handler");
    }

    static Route open(HandlerType method, String path, Handler handler) {
        return new Route(method, path, Set.of(), true, handler);
    }

    static Route anyKey(HandlerType method, String path, Handler handler) {
        return new Route(method, path, Set.of(Role.values()), false, handler);
    }

    static Route of(HandlerType method, String path, Set<Role> roles, Handler handler) {
        return new Route(method, path, roles, false, handler);
    }

    /** The path as OpenAPI writes it: {@code {id}} for Javalin's {@code {id}} and {@code <id>}. */
    String openApiPath() {
        return path.replace('<', '{').replace('>', '}');
    }
}

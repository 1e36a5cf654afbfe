package org.corroborate.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error answer (RFC 9457 problem details): {@code type} is {@code urn:corroborate:problem:<code>}
 * with the same kebab-case codes the command line prints, {@code extensions} are extra members
 * (e.g. {@code current_version}), {@code headers} go on the response (e.g. {@code Retry-After}).
 * Thrown by handlers; the server turns it into {@code application/problem+json}.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(int status, String code, String title, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(400, code, "Bad request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail);
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(409, code, "Conflict", detail);
    }

    public ApiProblem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String type() {
        return "urn:corroborate:problem:" + code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}

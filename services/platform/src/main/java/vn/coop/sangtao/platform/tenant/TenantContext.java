package vn.coop.sangtao.platform.tenant;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Set from the JWT for HTTP requests and from the
 * {@code ce_tenantid} header for Kafka records, and always cleared afterwards, so that no work of
 * one tenant can run with another's identity on a pooled thread.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant; failing loudly is safer than reading or writing unscoped data. */
    public static String require() {
        String tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("no tenant in context");
        }
        return tenant;
    }

    public static <T> T callAs(String tenant, Supplier<T> work) {
        try (Scope ignored = enter(tenant)) {
            return work.get();
        }
    }

    /** Enters {@code tenant} until the returned scope is closed, which restores the previous one. */
    public static Scope enter(String tenant) {
        String previous = CURRENT.get();
        CURRENT.set(tenant);
        return () -> restore(previous);
    }

    /** A tenant scope; closing it cannot fail. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    public static void runAs(String tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    private static void restore(String previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}

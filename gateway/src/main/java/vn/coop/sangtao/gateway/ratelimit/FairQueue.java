package vn.coop.sangtao.gateway.ratelimit;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The calls in flight to one route, shared fairly between tenants. Up to {@code slots} calls run at
 * once; the others wait in one queue per tenant, and a freed slot goes to the next tenant in turn, not
 * to the oldest waiter. A tenant that sends many requests waits behind its own, while another tenant's
 * request waits for one slot to free. A tenant already holding {@code queuedPerTenant} waiting calls is
 * refused at once.
 * <p>
 * The rate limit alone bounds how many requests a tenant sends, not what they cost: one province's
 * allowed rate of heavy lists can keep a service busy enough that every other province queues behind it.
 */
final class FairQueue {

    /** One granted slot; releasing it more than once frees it once. */
    static final class Slot {

        private final FairQueue queue;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(FairQueue queue) {
            this.queue = queue;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                queue.passOn();
            }
        }
    }

    private static final class Waiter {

        final String tenant;
        final MonoSink<Slot> sink;
        final Slot slot;
        boolean granted;

        Waiter(String tenant, MonoSink<Slot> sink, Slot slot) {
            this.tenant = tenant;
            this.sink = sink;
            this.slot = slot;
        }
    }

    private final int slots;
    private final int queuedPerTenant;
    private final Supplier<RuntimeException> refusal;

    // guarded by this
    private int inFlight;
    private final Map<String, ArrayDeque<Waiter>> waiting = new HashMap<>();
    /** The tenants with waiting calls, in the order their turns come. */
    private final ArrayDeque<String> turns = new ArrayDeque<>();

    FairQueue(int slots, int queuedPerTenant, Supplier<RuntimeException> refusal) {
        if (slots < 1 || queuedPerTenant < 0) {
            throw new IllegalArgumentException("a fair queue needs at least one slot and no negative queue");
        }
        this.slots = slots;
        this.queuedPerTenant = queuedPerTenant;
        this.refusal = refusal;
    }

    /**
     * A slot for one call of {@code tenant}: at once when one is free and nobody waits, otherwise in
     * the tenant's turn. Cancelling the wait (a client gone, a timeout) leaves the queue, or frees the
     * slot if it was granted meanwhile.
     */
    Mono<Slot> acquire(String tenant) {
        return Mono.create(sink -> {
            Waiter waiter = new Waiter(tenant, sink, new Slot(this));
            sink.onCancel(() -> withdraw(waiter));
            Outcome outcome = enter(waiter);
            switch (outcome) {
                case GRANTED -> sink.success(waiter.slot);
                case REFUSED -> sink.error(refusal.get());
                case QUEUED -> {
                    // granted later by passOn
                }
            }
        });
    }

    private enum Outcome { GRANTED, QUEUED, REFUSED }

    private synchronized Outcome enter(Waiter waiter) {
        if (inFlight < slots && turns.isEmpty()) {
            inFlight++;
            waiter.granted = true;
            return Outcome.GRANTED;
        }
        ArrayDeque<Waiter> own = waiting.computeIfAbsent(waiter.tenant, tenant -> new ArrayDeque<>());
        if (own.size() >= queuedPerTenant) {
            if (own.isEmpty()) {
                waiting.remove(waiter.tenant);
            }
            return Outcome.REFUSED;
        }
        if (own.isEmpty()) {
            turns.addLast(waiter.tenant);
        }
        own.addLast(waiter);
        return Outcome.QUEUED;
    }

    /** A slot was released: it passes to the next tenant in turn, or becomes free. */
    private void passOn() {
        Waiter next;
        synchronized (this) {
            next = nextInTurn();
            if (next == null) {
                inFlight--;
                return;
            }
            next.granted = true;
        }
        next.sink.success(next.slot);
    }

    private Waiter nextInTurn() {
        String tenant = turns.pollFirst();
        if (tenant == null) {
            return null;
        }
        ArrayDeque<Waiter> own = waiting.get(tenant);
        Waiter next = own.pollFirst();
        if (own.isEmpty()) {
            waiting.remove(tenant);
        }
        else {
            turns.addLast(tenant);
        }
        return next;
    }

    private void withdraw(Waiter waiter) {
        boolean holdsSlot;
        synchronized (this) {
            holdsSlot = waiter.granted;
            if (!holdsSlot) {
                ArrayDeque<Waiter> own = waiting.get(waiter.tenant);
                if (own != null && own.remove(waiter) && own.isEmpty()) {
                    waiting.remove(waiter.tenant);
                    turns.remove(waiter.tenant);
                }
            }
        }
        if (holdsSlot) {
            waiter.slot.release();
        }
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int waiting() {
        return waiting.values().stream().mapToInt(ArrayDeque::size).sum();
    }
}

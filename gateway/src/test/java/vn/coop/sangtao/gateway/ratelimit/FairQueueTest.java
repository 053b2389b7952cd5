package vn.coop.sangtao.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class FairQueueTest {

    private final FairQueue queue = new FairQueue(1, 2, () -> new IllegalStateException("refused"));
    private final List<String> granted = new ArrayList<>();
    private final List<FairQueue.Slot> held = new ArrayList<>();

    @Test
    void shouldGiveFreedSlotsToTenantsInTurnRatherThanToTheOldestWaiter() {
        request("noisy", "n1");
        request("noisy", "n2");
        request("noisy", "n3");
        request("quiet", "q1");
        assertThat(granted).containsExactly("n1");

        releaseOldest();
        releaseOldest();
        releaseOldest();

        assertThat(granted).containsExactly("n1", "n2", "q1", "n3");
        assertThat(queue.inFlight()).isEqualTo(1);
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void shouldRefuseATenantWhoseQueueIsFullWhileOthersStillQueue() {
        request("noisy", "n1");
        request("noisy", "n2");
        request("noisy", "n3");
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        queue.acquire("noisy").subscribe(slot -> granted.add("n4"), refusal::set);
        request("quiet", "q1");

        assertThat(refusal.get()).hasMessage("refused");
        assertThat(queue.waiting()).isEqualTo(3);
    }

    @Test
    void shouldFreeTheSlotOnceWhenReleasedTwice() {
        request("a", "a1");
        request("b", "b1");
        FairQueue.Slot first = held.get(0);
        first.release();
        first.release();

        assertThat(granted).containsExactly("a1", "b1");
        assertThat(queue.inFlight()).isEqualTo(1);
        held.get(1).release();
        assertThat(queue.inFlight()).isZero();
    }

    @Test
    void shouldLeaveTheQueueWhenAWaitingCallIsCancelled() {
        request("a", "a1");
        Disposable gone = queue.acquire("b").subscribe(slot -> granted.add("b1"));
        request("c", "c1");
        gone.dispose();

        assertThat(queue.waiting()).isEqualTo(1);
        releaseOldest();
        assertThat(granted).containsExactly("a1", "c1");
    }

    @Test
    void shouldFreeTheSlotOfACallCancelledAfterItsGrant() {
        request("a", "a1");
        AtomicReference<FairQueue.Slot> slotOfB = new AtomicReference<>();
        Disposable b = queue.acquire("b").subscribe(slotOfB::set);
        releaseOldest();
        assertThat(slotOfB.get()).isNotNull();

        b.dispose();
        slotOfB.get().release();

        assertThat(queue.inFlight()).isZero();
    }

    private void request(String tenant, String name) {
        queue.acquire(tenant).subscribe(slot -> {
            granted.add(name);
            held.add(slot);
        });
    }

    private void releaseOldest() {
        held.remove(0).release();
    }
}

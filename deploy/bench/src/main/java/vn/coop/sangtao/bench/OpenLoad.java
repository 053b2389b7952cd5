package vn.coop.sangtao.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-model load: requests start at a constant arrival rate whatever the answers take, so a
 * slow system shows up as latency rather than as a lower request rate (closed loops hide the tail).
 */
final class OpenLoad {

	private OpenLoad() {
	}

	/**
	 * Starts {@code rate} requests a second for {@code duration}; request number {@code i} is
	 * {@code start.apply(i)}. Returns once the last has been started and all have completed.
	 */
	static void run(int rate, Duration duration, IntFunction<CompletableFuture<?>> start) {
		long interval = 1_000_000_000L / rate;
		int total = (int) (duration.toSeconds() * rate);
		CompletableFuture<?>[] started = new CompletableFuture<?>[total];
		long begin = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = begin + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			started[i] = start.apply(i);
		}
		CompletableFuture.allOf(started).exceptionally(ex -> null).join();
	}

}

package vn.coop.sangtao.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import vn.coop.sangtao.local.SangtaoApi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Makes a list of calls with a fixed number in flight, each worker starting its next call when its
 * last one answered (a closed loop: it measures how long the whole list takes, not latency under a
 * given load), and measures each call and the whole. Answers 2xx are measured; the others count by
 * status (0: no answer).
 */
final class Sweep {

	/** The calls' latencies as a report row (rate 0: as fast as they answered), the wall time, and every answer in order. */
	record Result(LatencyReport.Row row, double seconds, List<SangtaoApi.Response> answers) {

		double perSecond() {
			return this.row.measured() / this.seconds;
		}

	}

	private Sweep() {
	}

	static Result run(String label, int parallel, List<Supplier<SangtaoApi.Response>> calls) {
		Histogram micros = new ConcurrentHistogram(3);
		Map<Integer, AtomicLong> counts = new ConcurrentHashMap<>();
		SangtaoApi.Response[] answers = new SangtaoApi.Response[calls.size()];
		AtomicInteger next = new AtomicInteger();
		Runnable worker = () -> {
			for (int i = next.getAndIncrement(); i < calls.size(); i = next.getAndIncrement()) {
				long start = System.nanoTime();
				answers[i] = calls.get(i).get();
				int status = answers[i].status();
				if (status >= 200 && status < 300) {
					micros.recordValue((System.nanoTime() - start) / 1000);
				}
				counts.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
			}
		};
		long start = System.nanoTime();
		ExecutorService workers = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < parallel; w++) {
				running.add(workers.submit(worker));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(label + " failed", ex);
		}
		finally {
			workers.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<Integer, Long> statuses = new TreeMap<>();
		counts.forEach((status, count) -> statuses.put(status, count.get()));
		LatencyReport.Row row = LatencyReport.Row.of(label, 0, calls.size(), micros.getTotalCount() / seconds, statuses,
				0, micros);
		System.out.printf("%s: %,d calls in %.1f s, %.1f/s, p50 %.1f p99 %.1f ms %s%n", label, calls.size(), seconds,
				row.achievedPerSecond(), row.p50(), row.p99(), statuses);
		return new Result(row, seconds, Arrays.asList(answers));
	}

}

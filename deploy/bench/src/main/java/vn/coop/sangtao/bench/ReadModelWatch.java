package vn.coop.sangtao.bench;

import org.HdrHistogram.Histogram;
import vn.coop.sangtao.local.SangtaoApi;

import java.util.ArrayList;
import java.util.List;

/**
 * Watches the awards read model take in submissions: every {@value #POLL_MILLIS} ms it reads how many
 * candidate initiatives of the year awards knows. The k-th submission acknowledged is in the read model
 * once that count has grown by k, which gives the propagation time of each without reading each one
 * (to within the polling interval; the count's time is taken halfway through the read).
 */
final class ReadModelWatch implements AutoCloseable {

	static final int POLL_MILLIS = 100;

	private final SangtaoApi api;

	private final String officer;

	private final int year;

	private final List<long[]> samples = new ArrayList<>();

	private final Thread poller;

	private volatile boolean stopped;

	private final long base;

	ReadModelWatch(SangtaoApi api, String officer, int year) {
		this.api = api;
		this.officer = officer;
		this.year = year;
		this.base = settledCount();
		this.poller = new Thread(this::poll, "read-model-watch");
		this.poller.setDaemon(true);
		this.poller.start();
	}

	private void poll() {
		while (!stopped) {
			long sent = System.nanoTime();
			long counted = count();
			synchronized (samples) {
				samples.add(new long[] { sent + (System.nanoTime() - sent) / 2, counted - base });
			}
			DrillSubmissions.sleep(POLL_MILLIS);
		}
	}

	/** The count once it has stopped growing for a second (the warm-up's tail absorbed), at most 30 s. */
	private long settledCount() {
		long previous = count();
		for (int i = 0; i < 30; i++) {
			DrillSubmissions.sleep(1000);
			long now = count();
			if (now == previous) {
				return now;
			}
			previous = now;
		}
		return previous;
	}

	private long count() {
		SangtaoApi.Response page = api.get("/api/awards/candidates?size=1&year=" + year, officer);
		return page.status() == 200 ? page.json().get("total").asLong() : -1;
	}

	/** How many submissions the read model has taken in since the watch began. */
	long taken() {
		synchronized (samples) {
			return samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1];
		}
	}

	/**
	 * Microseconds from each acknowledgement ({@code acknowledgedNanos}, in order) to the read model
	 * counting it; acknowledgements it never counted are left out (the caller reports them missing).
	 */
	Histogram latencies(List<Long> acknowledgedNanos) {
		List<Long> acknowledged = acknowledgedNanos.stream().sorted().toList();
		Histogram micros = new Histogram(3);
		synchronized (samples) {
			int sample = 0;
			for (int k = 0; k < acknowledged.size(); k++) {
				while (sample < samples.size() && samples.get(sample)[1] < k + 1) {
					sample++;
				}
				if (sample == samples.size()) {
					break;
				}
				micros.recordValue(Math.max(0, (samples.get(sample)[0] - acknowledged.get(k)) / 1000));
			}
		}
		return micros;
	}

	@Override
	public void close() {
		stopped = true;
	}

}

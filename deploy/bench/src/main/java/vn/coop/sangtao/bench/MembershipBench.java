package vn.coop.sangtao.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import vn.coop.sangtao.local.TokenClient;

/**
 * Imports member units through the gateway in CSV sheets of 5,000 and searches them at a fixed
 * arrival rate, first at 5,000 units, then again after growing to 50,000, and compares the two.
 *
 * <pre>
 * deploy/bench/membership [--gateway http://localhost:8080] [--identity http://localhost:9000]
 *                         [--kafka localhost:9092] [--user nb.admin] [--password sangtao-demo] [--rate 2]
 *                         [--seconds 30 | --long] [--warmup 5] [--batch 5000] [--small 5000] [--large 50000]
 *                         [--absorb-minutes 30]
 * </pre>
 *
 * {@code --small} and {@code --large} are the tenant's unit counts to search at: the bench imports
 * until the tenant holds that many, so a run on a data directory that already holds units goes on
 * from there. The local run has demo users only, so the bench works as {@code nb.admin} in the
 * ninh-binh tenant; run it on a data directory of its own (deploy/local/run --detach --data-dir ...)
 * to keep the demo data small. Tax codes come from a random block per run, so every batch registers
 * new units. {@code --absorb-minutes} bounds each wait for every consumer to read the imports' events.
 */
public final class MembershipBench {

	private MembershipBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String gateway = options.getOrDefault("gateway", "http://localhost:8080");
		String user = options.getOrDefault("user", "nb.admin");
		Supplier<String> token = new RenewingToken(new TokenClient(options.getOrDefault("identity",
				"http://localhost:9000")), user, options.getOrDefault("password", "sangtao-demo"));
		int rate = Integer.parseInt(options.getOrDefault("rate", "2"));
		Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds",
				options.containsKey("long") ? "300" : "30")));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
		int batch = Integer.parseInt(options.getOrDefault("batch", "5000"));
		int small = Integer.parseInt(options.getOrDefault("small", "5000"));
		int large = Integer.parseInt(options.getOrDefault("large", "50000"));
		Duration absorb = Duration.ofMinutes(Long.parseLong(options.getOrDefault("absorb-minutes", "30")));

		long firstCode = 200_000_000L + ThreadLocalRandom.current().nextLong(600_000_000L);
		UnitSheetGenerator sheets = new UnitSheetGenerator(firstCode, firstCode);
		SheetImport imports = new SheetImport(gateway, token);
		SearchLoad searches = new SearchLoad(gateway, token);
		MembershipReport report = new MembershipReport(("Through the gateway at %s as %s (the local run has demo users "
				+ "only, so the bench tenant is theirs); sheets of %,d generated units (Vietnamese names, realistic "
				+ "kinds and sectors, valid tax codes from %d); %d searches/s for %d s after %d s of warm-up at each "
				+ "size, once every import's unit events were read by every consumer. Load generator, gateway, "
				+ "identity, services, broker and store share one machine (%d cores). Run at %s.").formatted(gateway,
						user, batch, firstCode, rate, measure.toSeconds(), warmup.toSeconds(),
						Runtime.getRuntime().availableProcessors(), Instant.now()));

		try (EventBacklog backlog = new EventBacklog(options.getOrDefault("kafka", "localhost:9092"))) {
			long units = imports.unitCount();
			int batchNumber = 0;
			for (boolean atLarge : new boolean[] { false, true }) {
				int target = atLarge ? large : small;
				while (units < target) {
					int rows = (int) Math.min(batch, target - units);
					report.imported(timedImport(imports, backlog, ++batchNumber, sheets.sheet(rows), rows, absorb));
					units = imports.unitCount();
				}
				backlog.awaitSettled(backlog.published(), absorb);
				String label = "%,d units".formatted(units);
				searches.run(label, rate, warmup);
				report.searched(atLarge, units, searches.run(label, rate, measure));
			}
		}
		System.out.println();
		System.out.println(report.markdown());
		System.out.println("report: " + report.write(Path.of("deploy/bench/results")));
	}

	/** Imports one sheet, then waits until its events are read everywhere, so the next phase starts quiet. */
	private static SheetImport.Result timedImport(SheetImport imports, EventBacklog backlog, int batch, byte[] sheet,
			int rows, Duration absorb) throws Exception {
		long events = backlog.published();
		long start = System.nanoTime();
		SheetImport.Result result = imports.run(batch, sheet, rows, backlog);
		boolean absorbed = backlog.awaitSettled(events + result.created(), absorb);
		return result.absorbedAfter(absorbed ? SheetImport.seconds(start) : Double.NaN);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new ConcurrentHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i].replaceFirst("^--", "");
			boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
			options.put(name, flag ? "true" : args[++i]);
		}
		return options;
	}

}

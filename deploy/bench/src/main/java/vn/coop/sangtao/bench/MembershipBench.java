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
 *                         [--user nb.admin] [--password sangtao-demo] [--rate 20] [--seconds 30] [--long]
 *                         [--warmup 5] [--batch 5000] [--small 5000] [--large 50000]
 * </pre>
 *
 * The local run has demo users only, so the bench works as {@code nb.admin} in the ninh-binh tenant;
 * run it on a data directory of its own (deploy/local/run --detach --data-dir ...) to keep the demo
 * data small. Tax codes come from a random block per run, so every batch registers new units.
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
		int rate = Integer.parseInt(options.getOrDefault("rate", "20"));
		Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds",
				options.containsKey("long") ? "300" : "30")));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
		int batch = Integer.parseInt(options.getOrDefault("batch", "5000"));
		int small = Integer.parseInt(options.getOrDefault("small", "5000"));
		int large = Integer.parseInt(options.getOrDefault("large", "50000"));

		long firstCode = 200_000_000L + ThreadLocalRandom.current().nextLong(600_000_000L);
		UnitSheetGenerator sheets = new UnitSheetGenerator(firstCode, firstCode);
		SheetImport imports = new SheetImport(gateway, token);
		SearchLoad searches = new SearchLoad(gateway, token);
		MembershipReport report = new MembershipReport(("Through the gateway at %s as %s (the local run has demo users "
				+ "only, so the bench tenant is theirs); %d searches/s for %d s after %d s of warm-up at each size; "
				+ "sheets of %,d generated units (Vietnamese names, realistic kinds and sectors, valid tax codes from "
				+ "%d). Load generator, gateway, identity, services, broker and store share one machine (%d cores). "
				+ "Run at %s.").formatted(gateway, user, rate, measure.toSeconds(), warmup.toSeconds(), batch, firstCode,
						Runtime.getRuntime().availableProcessors(), Instant.now()));

		int imported = 0;
		for (boolean atLarge : new boolean[] { false, true }) {
			int target = atLarge ? large : small;
			while (imported < target) {
				int rows = Math.min(batch, target - imported);
				report.imported(imports.run(imported / batch + 1, sheets.sheet(rows), rows));
				imported += rows;
			}
			long units = imports.unitCount();
			String label = "%,d units".formatted(units);
			searches.run(label, rate, warmup);
			report.searched(atLarge, units, searches.run(label, rate, measure));
		}
		System.out.println();
		System.out.println(report.markdown());
		System.out.println("report: " + report.write(Path.of("deploy/bench/results")));
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

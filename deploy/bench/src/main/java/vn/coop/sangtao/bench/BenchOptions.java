package vn.coop.sangtao.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} and {@code --flag} options of a benchmark's command line, with defaults. */
final class BenchOptions {

	private final Map<String, String> values = new HashMap<>();

	BenchOptions(String[] args) {
		for (int i = 0; i < args.length; i++) {
			String name = args[i].replaceFirst("^--", "");
			boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
			this.values.put(name, flag ? "true" : args[++i]);
		}
	}

	String text(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

	int number(String name, int fallback) {
		return Integer.parseInt(text(name, String.valueOf(fallback)));
	}

	Duration seconds(String name, long fallback) {
		return Duration.ofSeconds(Long.parseLong(text(name, String.valueOf(fallback))));
	}

	boolean has(String name) {
		return this.values.containsKey(name);
	}

}

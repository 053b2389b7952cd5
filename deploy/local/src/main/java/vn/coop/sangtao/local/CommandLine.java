package vn.coop.sangtao.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiny parser for the {@code --name value} and {@code --flag} arguments of the mains of this module.
 */
final class CommandLine {

	private final Map<String, String> options = new LinkedHashMap<>();

	private final List<String> positional = new ArrayList<>();

	private CommandLine() {
	}

	/**
	 * @param args the arguments
	 * @param flags the option names (without {@code --}) that take no value
	 */
	static CommandLine parse(String[] args, Set<String> flags) {
		CommandLine line = new CommandLine();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				int eq = name.indexOf('=');
				if (eq >= 0) {
					line.options.put(name.substring(0, eq), name.substring(eq + 1));
				}
				else if (flags.contains(name)) {
					line.options.put(name, "true");
				}
				else if (i + 1 < args.length) {
					line.options.put(name, args[++i]);
				}
				else {
					throw new IllegalArgumentException("Option --" + name + " needs a value");
				}
			}
			else {
				line.positional.add(arg);
			}
		}
		return line;
	}

	String required(String name) {
		String value = this.options.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Missing option --" + name);
		}
		return value;
	}

	String optional(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	int requiredInt(String name) {
		String value = required(name);
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Option --" + name + " must be a number, not '" + value + "'");
		}
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(this.options.getOrDefault(name, "false"));
	}

	boolean has(String name) {
		return this.options.containsKey(name);
	}

	List<String> positional() {
		return this.positional;
	}

}

package vn.coop.sangtao.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Kafka topics the services use, read from their sources: the destinations their bindings
 * consume, and the TOPIC constants their events are published to. Keeps the declared KafkaTopics
 * from falling behind a new aggregate.
 */
final class ServiceTopics {

    private static final Pattern DESTINATION = Pattern.compile("destination:\\s*([a-z0-9.-]+\\.events)\\b");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String TOPIC\\s*=\\s*\"([a-z0-9.-]+\\.events)\"");

    private ServiceTopics() {
    }

    static Set<String> all() {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repository.resolve("services"))) {
            files.filter(ServiceTopics::isSource).forEach(file -> collect(file, topics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (topics.isEmpty()) {
            throw new AssertionError("found no topic in services/: the patterns no longer match the sources");
        }
        return topics;
    }

    private static boolean isSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/src/main/")
                && (path.endsWith(".java") || path.matches(".*/application[^/]*\\.ya?ml"));
    }

    private static void collect(Path file, Set<String> topics) {
        try {
            String text = Files.readString(file);
            Pattern pattern = file.toString().endsWith(".java") ? TOPIC_CONSTANT : DESTINATION;
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                topics.add(matcher.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.coop.sangtao.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver that verifies Standard Webhooks signatures: a sample for integrators and a test
 * helper for delivery scenarios.
 * <p>
 * {@code POST /webhook} with headers {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature}: a valid delivery is answered 204 and recorded; an invalid one 401 and
 * counted. For fault drills {@link #failWith(int)} answers valid deliveries with another status (e.g.
 * 503) without recording them, until {@link #recover()}.
 *
 * <pre>
 * java -cp deploy/local/target/local.jar:deploy/local/target/lib/* vn.coop.sangtao.local.WebhookReceiver --port 8765 --secret whsec_...
 * </pre>
 */
public final class WebhookReceiver implements AutoCloseable {

	public static final String PATH = "/webhook";

	private final HttpServer server;

	private final ExecutorService executor;

	private volatile WebhookSignature signature;

	private final Clock clock;

	private final List<Delivery> received = new CopyOnWriteArrayList<>();

	private final List<Consumer<Delivery>> listeners = new CopyOnWriteArrayList<>();

	private final AtomicInteger invalid = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private volatile int failureStatus;

	private WebhookReceiver(int port, WebhookSignature signature, Clock clock) {
		this.signature = signature;
		this.clock = clock;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on port " + port, ex);
		}
		this.executor = Executors.newFixedThreadPool(4, runnable -> {
			Thread thread = new Thread(runnable, "webhook-receiver");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext(PATH, this::handle);
		this.server.start();
	}

	/** Listens on 127.0.0.1:{@code port} (0 = a free port) for deliveries signed with {@code secret}. */
	public static WebhookReceiver start(int port, String secret) {
		return start(port, secret, Clock.systemUTC());
	}

	/** The same with a clock of your own (the timestamp check uses it). */
	public static WebhookReceiver start(int port, String secret, Clock clock) {
		return new WebhookReceiver(port, new WebhookSignature(secret, clock, WebhookSignature.DEFAULT_TOLERANCE), clock);
	}

	/**
	 * Verifies with {@code secret} from now on. Sangtao issues the secret when the endpoint is
	 * registered, which needs this receiver's URL first.
	 */
	public void useSecret(String secret) {
		this.signature = new WebhookSignature(secret, this.clock, WebhookSignature.DEFAULT_TOLERANCE);
	}

	/** {@code http://localhost:<port>/webhook}: the URL to register as the endpoint. */
	public String url() {
		return "http://localhost:" + port() + PATH;
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The verified deliveries answered 2xx, in arrival order (redeliveries included). */
	public List<Delivery> received() {
		return List.copyOf(this.received);
	}

	/** The distinct {@code webhook-id}s of {@link #received()}: one per event, whatever the retries. */
	public Set<String> distinctIds() {
		Set<String> ids = new LinkedHashSet<>();
		this.received.forEach(delivery -> ids.add(delivery.id()));
		return ids;
	}

	/** How many requests failed verification (answered 401). */
	public int invalidCount() {
		return this.invalid.get();
	}

	/** How many verified deliveries were answered with the {@link #failWith(int) failure status}. */
	public int failedCount() {
		return this.failed.get();
	}

	/** From now on, answers verified deliveries with {@code status} (e.g. 503, 500, 410) and does not record them. */
	public void failWith(int status) {
		if (status < 100 || status > 599) {
			throw new IllegalArgumentException("Not an HTTP status: " + status);
		}
		this.failureStatus = status;
	}

	/** Back to answering 204 and recording. */
	public void recover() {
		this.failureStatus = 0;
	}

	/** Forgets what was received and counted. */
	public void clear() {
		this.received.clear();
		this.invalid.set(0);
		this.failed.set(0);
	}

	/** Called for every recorded delivery (on the receiver's threads). */
	public void onDelivery(Consumer<Delivery> listener) {
		this.listeners.add(listener);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readAllBytes();
			if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
				exchange.getResponseHeaders().add("Allow", "POST");
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
			String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
			String problem = this.signature.check(id, timestamp, body, signatures);
			if (problem != null) {
				this.invalid.incrementAndGet();
				byte[] answer = problem.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
				exchange.sendResponseHeaders(401, answer.length);
				exchange.getResponseBody().write(answer);
				return;
			}
			int failure = this.failureStatus;
			if (failure != 0) {
				this.failed.incrementAndGet();
				if (failure == 503 || failure == 429) {
					exchange.getResponseHeaders().add("Retry-After", "1");
				}
				exchange.sendResponseHeaders(failure, -1);
				return;
			}
			Delivery delivery = new Delivery(id, timestamp.trim(), new String(body, StandardCharsets.UTF_8),
					this.clock.instant());
			this.received.add(delivery);
			exchange.sendResponseHeaders(204, -1);
			for (Consumer<Delivery> listener : this.listeners) {
				listener.accept(delivery);
			}
		}
	}

	/** A verified delivery. */
	public record Delivery(String id, String timestamp, String body, Instant receivedAt) {
	}

	/** {@code --port N --secret whsec_...}: prints every verified delivery until Ctrl-C. */
	public static void main(String[] args) throws InterruptedException {
		CommandLine line = CommandLine.parse(args, Set.of());
		int port = Integer.parseInt(line.optional("port", "0"));
		String secret = line.required("secret");
		WebhookReceiver receiver = start(port, secret);
		receiver.onDelivery(delivery -> System.out.println(delivery.receivedAt() + " " + delivery.id() + " (sent "
				+ Instant.ofEpochSecond(Long.parseLong(delivery.timestamp())) + "): " + delivery.body()));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			receiver.close();
			System.out.println("received " + receiver.received().size() + " deliveries (" + receiver.distinctIds().size()
					+ " distinct), rejected " + receiver.invalidCount());
			stopped.countDown();
		}));
		System.out.println("Listening on " + receiver.url() + " (Ctrl-C to stop)");
		stopped.await();
	}

}

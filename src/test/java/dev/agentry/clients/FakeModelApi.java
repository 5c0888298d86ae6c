package dev.agentry.clients;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

import static dev.agentry.clients.Http.obj;

/**
 * A fake model API on the JDK's HTTP server, bound to 127.0.0.1 only: it records every request a client sends and
 * answers in the client's wire format, with "ok", or once with the calls of a {@link Delegation}.
 */
final class FakeModelApi implements AutoCloseable {

    /** The id prefix of the fake model's tool calls, by which a request returning their results is told apart. */
    static final String CALL_ID_PREFIX = "call_agentry_";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-model-api");
        thread.setDaemon(true);
        return thread;
    });
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();
    private final AtomicBoolean delegated = new AtomicBoolean();
    private final AtomicInteger handedOut = new AtomicInteger();
    private final List<Wire> wires = Wire.all();
    private final Delegation delegation;
    private final Duration hold;
    private final long started = System.nanoTime();

    private FakeModelApi(Delegation delegation, Duration hold) throws IOException {
        this.delegation = delegation;
        this.hold = hold;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts the fake API; the main agent's turn after the delegation is held up to {@code hold} for every agent's
     * request to arrive.
     */
    static FakeModelApi start(Delegation delegation, Duration hold) throws IOException {
        return new FakeModelApi(delegation, hold);
    }

    /** The base address, such as {@code http://127.0.0.1:41234}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The requests received so far, in order of arrival. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** True once the fake model has answered with the delegation calls. */
    boolean delegated() {
        return delegated.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = record(exchange);
            String path = request.path();
            if (request.method().equals("GET") && path.endsWith("/models")) {
                Http.json(exchange, obj("object", "list", "data", List.of(obj("id", "fake-model", "object", "model", "created", 0,
                        "owned_by", "fake", "type", "model", "display_name", "fake-model")), "models",
                        List.of(obj("name", "models/fake-model", "supportedGenerationMethods", List.of("generateContent")))));
                return;
            }
            if (path.endsWith("/count_tokens")) {
                Http.json(exchange, obj("input_tokens", 10));
                return;
            }
            if (path.contains(":countTokens")) {
                Http.json(exchange, obj("totalTokens", 10));
                return;
            }
            Wire wire = wires.stream().filter(w -> w.accepts(path)).findFirst().orElse(null);
            if (wire == null || request.body() == null) {
                Http.json(exchange, obj());
                return;
            }
            wire.reply(exchange, request, answer(wire, request));
        }
        catch (RuntimeException | IOException e) {
            // a client that hung up early is no reason to stop serving the others
            System.err.println("fake model API: " + e);
        }
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        String raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode body = null;
        if (!raw.isBlank()) {
            try {
                body = Http.JSON.readTree(raw);
            }
            catch (RuntimeException notJson) {
                body = null;
            }
        }
        RecordedRequest request = new RecordedRequest(seq.incrementAndGet(), (System.nanoTime() - started) / 1_000_000,
                exchange.getRequestMethod(),
                exchange.getRequestURI().toString(), raw, body);
        synchronized (requests) {
            requests.add(request);
            requests.notifyAll();
        }
        return request;
    }

    /** The calls to answer with: the delegation's, once, to the first main-agent request that offers its tool. */
    private List<ToolCall> answer(Wire wire, RecordedRequest request) {
        if (delegation == null || isSubagent(request)) {
            return List.of();
        }
        if (wire.toolNames(request.body()).contains(delegation.tool()) && delegated.compareAndSet(false, true)) {
            return nextBatch();
        }
        if (delegated.get() && wire.returnsResultOf(request, delegation.tool())) {
            List<ToolCall> more = nextBatch();
            if (!more.isEmpty()) {
                return more;
            }
            awaitEverySubagent();
        }
        return List.of();
    }

    /** The next calls of the delegation, at most {@code atOnce} of them; empty once every call was handed out. */
    private List<ToolCall> nextBatch() {
        synchronized (handedOut) {
            int from = handedOut.get();
            int to = (int) Math.min(delegation.calls().size(), (long) from + delegation.atOnce());
            List<ToolCall> calls = new ArrayList<>();
            for (int i = from; i < to; i++) {
                calls.add(new ToolCall(CALL_ID_PREFIX + (i + 1), delegation.tool(), delegation.calls().get(i)));
            }
            handedOut.set(to);
            return calls;
        }
    }

    private boolean isSubagent(RecordedRequest request) {
        return delegation.instructions().stream().anyMatch(request::carries);
    }

    /** Holds the main agent's next turn until every agent's instructions arrived, or the hold time passed. */
    private void awaitEverySubagent() {
        long deadline = System.nanoTime() + hold.toNanos();
        synchronized (requests) {
            while (!everySubagentArrived()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    requests.wait(Math.max(1, left / 1_000_000));
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean everySubagentArrived() {
        return delegation.instructions().stream().allMatch(text -> requests.stream().anyMatch(r -> r.carries(text)));
    }
}

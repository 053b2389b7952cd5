package vn.coop.sangtao.e2e.cluster;

import vn.coop.sangtao.local.SangtaoApi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * Initiatives submitted one after another, alternating between the two gateways, on a thread of its own
 * so that a scenario can kill a process meanwhile. Keeps the id of every submission answered 201 and the
 * count of every other answer.
 */
final class SubmissionStream {

    private final List<SangtaoApi> gateways;
    private final String member;
    private final String unitId;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Map<Integer, Integer> refused = new ConcurrentHashMap<>();

    SubmissionStream(List<SangtaoApi> gateways, String member, String unitId) {
        this.gateways = gateways;
        this.member = member;
        this.unitId = unitId;
    }

    /** Submits {@code count} initiatives about {@code pauseMillis} apart; completes when all were answered. */
    CompletableFuture<Void> start(String label, int count, long pauseMillis) {
        return CompletableFuture.runAsync(() -> {
            for (int i = 0; i < count; i++) {
                SangtaoApi.Response answer = submit(i, label + " số " + i);
                if (answer.status() == 201) {
                    accepted.add(answer.json().get("id").asString());
                } else {
                    refused.merge(answer.status(), 1, Integer::sum);
                }
                LockSupport.parkNanos(pauseMillis * 1_000_000L);
            }
        });
    }

    /** One submission, through gateway {@code i} modulo their number. */
    SangtaoApi.Response submit(int i, String title) {
        return gateways.get(i % gateways.size()).post("/api/initiatives/initiatives", member, """
                {"kind":"IDEA","title":"%s","summary":"Ghi nhận trên cụm máy chủ.","year":2026,
                 "applyingUnitId":"%s","authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}"""
                .formatted(title, unitId, unitId));
    }

    List<String> accepted() {
        return List.copyOf(accepted);
    }

    Map<Integer, Integer> refused() {
        return Map.copyOf(refused);
    }
}

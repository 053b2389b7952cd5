package vn.coop.sangtao.integrations.delivery;

import java.time.Instant;

/** Which deliveries a log query or a replay is about; every part is optional. */
public record DeliveryFilter(String id, String endpointId, String type, DeliveryStatus status, Instant from,
                             Instant to) {

    public static DeliveryFilter one(String id) {
        return new DeliveryFilter(id, null, null, null, null, null);
    }
}

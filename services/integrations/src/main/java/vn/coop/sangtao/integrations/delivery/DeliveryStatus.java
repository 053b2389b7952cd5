package vn.coop.sangtao.integrations.delivery;

/** PENDING until the endpoint accepts it (DELIVERED) or retries are spent or it is gone (FAILED). */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}

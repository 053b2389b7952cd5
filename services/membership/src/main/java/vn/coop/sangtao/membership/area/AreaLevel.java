package vn.coop.sangtao.membership.area;

/** Tỉnh, huyện (until 30/06/2025), xã and phường. */
public enum AreaLevel {
    PROVINCE, DISTRICT, COMMUNE, WARD;

    boolean isGrassroots() {
        return this == COMMUNE || this == WARD;
    }
}

package vn.coop.sangtao.initiatives.initiative;

/** Công nhận cấp cơ sở (đơn vị), cấp tỉnh, cấp toàn quốc. */
public enum RecognitionLevel { UNIT, PROVINCIAL, NATIONAL }

package vn.coop.sangtao.initiatives.initiative;

/** Sáng kiến, ý tưởng, mô hình, cách làm sáng tạo. */
public enum InitiativeKind {
    INITIATIVE, IDEA, MODEL, CREATIVE_WAY_OF_WORKING
}

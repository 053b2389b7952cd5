package vn.coop.sangtao.campaigns.activity;

/** The kinds of activity the movement records. */
public enum ActivityKind {
    /** lớp bồi dưỡng */
    TRAINING_CLASS,
    /** tập huấn kỹ thuật */
    TECHNICAL_TRAINING,
    /** tư vấn nhóm */
    GROUP_CONSULTATION,
    /** hội nghị */
    CONFERENCE,
    /** hội thảo, tọa đàm */
    WORKSHOP,
    /** trao đổi kinh nghiệm */
    EXPERIENCE_EXCHANGE,
    /** sinh hoạt chuyên đề */
    THEMATIC_ACTIVITY,
    /** sinh hoạt câu lạc bộ */
    CLUB_MEETING
}

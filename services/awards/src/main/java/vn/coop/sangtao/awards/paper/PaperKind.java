package vn.coop.sangtao.awards.paper;

/**
 * What an uploaded paper of a proposal's dossier is: the signed scan of the proposal letter (tờ
 * trình), of the achievement report (báo cáo thành tích) or of the council's minutes (biên bản), or
 * another paper (a certificate, a photo of the work).
 */
public enum PaperKind {
    LETTER, REPORT, MINUTES, OTHER
}

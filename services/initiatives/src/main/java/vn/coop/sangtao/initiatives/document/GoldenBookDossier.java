package vn.coop.sangtao.initiatives.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's nominations for one year's Golden Book of Creativity (Sách vàng Sáng tạo Việt Nam):
 * the letter of introduction, made of each work's nomination letter, then each work's certificate.
 */
record GoldenBookDossier(String allianceName, int year, LocalDate preparedOn, List<Nominee> nominees) {

    record Nominee(Certificate certificate, String letter) {
    }
}

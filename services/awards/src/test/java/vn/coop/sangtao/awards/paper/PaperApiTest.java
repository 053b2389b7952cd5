package vn.coop.sangtao.awards.paper;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.awards.support.AwardsApi;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.ContractEvents;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;
import vn.coop.sangtao.platform.test.Uploads;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
class PaperApiTest extends AwardsApi {

    private static final int TEN_MB = 10 * 1024 * 1024;

    private Uploads uploads() {
        return new Uploads(port);
    }

    private static String papers(String proposalId) {
        return "/api/awards/proposals/" + proposalId + "/papers";
    }

    private ApiClient.Response upload(String proposalId, String kind, String bearer, String name, String type,
                                      byte[] bytes) {
        return uploads().upload(papers(proposalId) + (kind == null ? "" : "?kind=" + kind), bearer, name, type, bytes);
    }

    private JsonNode added(String proposalId, String kind, String name, String type, byte[] bytes) {
        ApiClient.Response created = upload(proposalId, kind, officer, name, type, bytes);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private List<String> listed(String proposalId) {
        return ok(api().get(papers(proposalId), officer), 200).valueStream()
                .map(p -> p.get("kind").asString() + " " + p.get("fileName").asString()).toList();
    }

    @Test
    void shouldGiveBackTheSignedLetterUnderItsVietnameseNameAndAnnounceIt() {
        String id = draftedCertificate("Lê Thị Mai");
        byte[] pdf = Uploads.pdf();
        JsonNode paper = added(id, "LETTER", "Tờ trình đã ký – Lê Thị Mai.pdf", "application/pdf", pdf);
        assertThat(paper.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(paper.get("size").asLong()).isEqualTo(pdf.length);
        String paperId = paper.get("id").asString();
        added(id, null, "C:\\scan\\Ảnh giấy chứng nhận", "image/jpeg", Uploads.image("jpg"));
        added(id, "MINUTES", "Biên bản họp", null, Uploads.zip("[Content_Types].xml", "word/document.xml"));
        assertThat(listed(id)).containsExactly("LETTER Tờ trình đã ký – Lê Thị Mai.pdf",
                "OTHER Ảnh giấy chứng nhận.jpg", "MINUTES Biên bản họp.docx");

        HttpResponse<byte[]> download = uploads().download(papers(id) + "/" + paperId, officer);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(ContentDisposition.parse(download.headers().firstValue("Content-Disposition").orElseThrow())
                .getFilename()).isEqualTo("Tờ trình đã ký – Lê Thị Mai.pdf");

        EventProbe.Received event = ContractEvents.await(brokers, PaperEvent.TOPIC, paperId, PaperEvent.ADDED);
        assertThat(event.value()).contains(id, "\"kind\":\"LETTER\"", "\"size\":" + pdf.length);
        JsonNode audit = ok(api().get("/api/awards/audit?aggregateId=" + paperId, officer), 200);
        assertThat(audit.get(0).get("type").asString()).isEqualTo(PaperEvent.ADDED);
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("officer");
    }

    @Test
    void shouldTakeAPaperOfExactlyTheLimitAndAnswer413ForALargerOne() {
        String id = draftedCertificate("Trần Văn Bình");
        assertThat(upload(id, "REPORT", officer, "vua-du.pdf", "application/pdf", Uploads.pdfOfSize(TEN_MB))
                .status()).isEqualTo(201);
        JsonNode justOver = assertProblem(upload(id, "REPORT", officer, "qua-mot-byte.pdf", "application/pdf",
                Uploads.pdfOfSize(TEN_MB + 1)), 413, "attachment-too-large");
        assertThat(justOver.get("detail").asString()).isEqualTo("Mỗi tệp gửi lên không được vượt quá 10 MB.");
        JsonNode cutOff = assertProblem(upload(id, "REPORT", officer, "qua-lon.pdf", "application/pdf",
                Uploads.pdfOfSize(TEN_MB + 2 * 1024 * 1024)), 413, "attachment-too-large");
        assertThat(cutOff.get("detail").asString()).contains("10 MB");
        assertThat(listed(id)).containsExactly("REPORT vua-du.pdf");
    }

    @Test
    void shouldRefuseAFileWhoseBytesAreNotAnAllowedTypeWhateverItsNameOrDeclaredTypeSay() {
        String id = draftedCertificate("Phạm Thị Hằng");
        byte[] program = "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode notAllowed = assertProblem(upload(id, "LETTER", officer, "to-trinh.pdf", "application/pdf", program),
                422, "attachment-type-not-allowed");
        assertThat(notAllowed.get("detail").asString()).contains("PDF, DOCX, JPEG, PNG");
        assertProblem(upload(id, "OTHER", officer, "so-lieu.xlsx", null,
                Uploads.zip("[Content_Types].xml", "xl/workbook.xml")), 422, "attachment-type-not-allowed");
        JsonNode mismatch = assertProblem(upload(id, "LETTER", officer, "to-trinh.pdf", "application/pdf",
                Uploads.image("png")), 422, "attachment-type-mismatch");
        assertThat(mismatch.get("detail").asString()).contains("application/pdf", "image/png");
        assertProblem(upload(id, "LETTER", officer, "rong.pdf", "application/pdf", new byte[0]), 422,
                "attachment-empty");
        JsonNode badKind = assertProblem(upload(id, "RECEIPT", officer, "x.pdf", "application/pdf", Uploads.pdf()),
                400, "validation-failed");
        assertThat(badKind.get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(listed(id)).isEmpty();
    }

    @Test
    void shouldAnswer404WhenAnotherTenantAsksForThePapersOrTheirBytes() {
        String id = draftedCertificate("Đỗ Văn Quý");
        String paperId = added(id, "LETTER", "rieng.pdf", "application/pdf", Uploads.pdf()).get("id").asString();
        String other = bearer("other-" + tenant.substring(2), "o", "EMULATION_OFFICER");
        assertProblem(api().get(papers(id), other), 404, "not-found");
        assertProblem(api().get(papers(id) + "/" + paperId, other), 404, "not-found");
        assertProblem(api().send("DELETE", papers(id) + "/" + paperId, other, null), 404, "not-found");
        assertProblem(upload(id, "OTHER", other, "xen-vao.pdf", "application/pdf", Uploads.pdf()), 404, "not-found");
        assertProblem(api().get(papers(id) + "/" + paperId.replace('-', '0'), officer), 404, "not-found");
        assertThat(listed(id)).containsExactly("LETTER rieng.pdf");
    }

    @Test
    void shouldRemoveAPaperUntilTheProposalIsDecidedAndThenKeepTheDossierAsItIs() {
        String id = draftedCertificate("Vũ Thị Lan");
        String scan = added(id, "OTHER", "nham.pdf", "application/pdf", Uploads.pdf()).get("id").asString();
        String letter = added(id, "LETTER", "to-trinh.pdf", "application/pdf", Uploads.pdf()).get("id").asString();
        assertThat(api().send("DELETE", papers(id) + "/" + scan, officer, null).status()).isEqualTo(204);
        assertProblem(api().get(papers(id) + "/" + scan, officer), 404, "not-found");
        ContractEvents.await(brokers, PaperEvent.TOPIC, scan, PaperEvent.REMOVED);

        granted(id, "47/QĐ-LMHTX");
        JsonNode locked = assertProblem(upload(id, "MINUTES", officer, "muon.pdf", "application/pdf", Uploads.pdf()),
                422, "papers-locked");
        assertThat(locked.get("detail").asString()).contains("DECIDED");
        JsonNode english = assertProblem(api().send("DELETE", papers(id) + "/" + letter, officer, null,
                "Accept-Language", "en"), 422, "papers-locked");
        assertThat(english.get("title").asString()).isEqualTo("The dossier is closed");
        assertThat(listed(id)).containsExactly("LETTER to-trinh.pdf");
        assertThat(uploads().download(papers(id) + "/" + letter, officer).statusCode()).isEqualTo(200);
    }
}

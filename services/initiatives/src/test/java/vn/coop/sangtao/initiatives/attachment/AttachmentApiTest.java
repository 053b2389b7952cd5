package vn.coop.sangtao.initiatives.attachment;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.http.ContentDisposition;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.initiatives.document.InitiativeWorkflow;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.EventProbe;
import vn.coop.sangtao.platform.test.ServiceTest;
import vn.coop.sangtao.platform.test.Uploads;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentApiTest {

    private static final String TENANT = "ninh-binh";
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final String OTHER_MEMBER = bearer(TENANT, "ninh-binh.other", "MEMBER");
    private static final String OTHER_TENANT = bearer("quang-tri", "qt.officer", "EMULATION_OFFICER");

    @LocalServerPort
    int port;
    /**
     * This context's own broker. The {@code spring.embedded.kafka.brokers} system property names the
     * broker of whichever test context started last, which is another one once contexts are cached.
     */
    @Autowired
    EmbeddedKafkaBroker kafka;

    private InitiativeWorkflow workflow;
    private Uploads uploads;

    @BeforeAll
    void knowTheUnitAndItsPeople() {
        workflow = new InitiativeWorkflow(port, kafka.getBrokersAsString(), TENANT)
                .prepare("HTX Nông nghiệp Gia Trấn", "Trần Văn Minh");
        uploads = new Uploads(port);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    private static String attachments(String initiativeId) {
        return "/api/initiatives/initiatives/" + initiativeId + "/attachments";
    }

    private ApiClient.Response attach(String initiativeId, String bearer, String name, String type, byte[] bytes) {
        return uploads.upload(attachments(initiativeId), bearer, name, type, bytes);
    }

    private JsonNode attached(String initiativeId, String name, String type, byte[] bytes) {
        ApiClient.Response created = attach(initiativeId, workflow.member(), name, type, bytes);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private List<String> listedNames(String initiativeId, String bearer) {
        ApiClient.Response listed = api().get(attachments(initiativeId), bearer);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return StreamSupport.stream(listed.json().spliterator(), false).map(a -> a.get("fileName").asString())
                .toList();
    }

    @Test
    void shouldGiveBackTheSamePdfUnderItsVietnameseNameWhenUploadedThenDownloaded() {
        String id = workflow.submitted("Sổ tay tiết kiệm điện cho HTX");
        byte[] pdf = Uploads.pdf();
        JsonNode created = attached(id, "Báo cáo hiệu quả – Đoàn kết sáng tạo.pdf", "application/pdf", pdf);
        assertThat(created.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(created.get("size").asLong()).isEqualTo(pdf.length);
        String attachmentId = created.get("id").asString();

        HttpResponse<byte[]> download = uploads.download(attachments(id) + "/" + attachmentId, OTHER_MEMBER);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String header = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(header).startsWith("attachment").contains("filename*=UTF-8''");
        assertThat(ContentDisposition.parse(header).getFilename())
                .isEqualTo("Báo cáo hiệu quả – Đoàn kết sáng tạo.pdf");

        try (EventProbe probe = new EventProbe(kafka.getBrokersAsString(), AttachmentEvent.TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.poll().stream()
                    .anyMatch(e -> e.key().equals(TENANT + ":" + attachmentId)));
            EventProbe.Received event = probe.poll().stream()
                    .filter(e -> e.key().equals(TENANT + ":" + attachmentId)).findFirst().orElseThrow();
            assertThat(ContractValidator.payloadErrors(AttachmentEvent.ADDED, event.value())).isEmpty();
            assertThat(ContractValidator.headerErrors(AttachmentEvent.ADDED, event.headers())).isEmpty();
            assertThat(event.value()).contains(id, "\"size\":" + pdf.length);
        }
    }

    @Test
    void shouldListTheDossierFilesOldestFirstAndNoLongerOfferARemovedOne() {
        String id = workflow.submitted("Mô hình cánh đồng mẫu lớn");
        attached(id, "Thuyết minh.pdf", "application/pdf", Uploads.pdf());
        String photo = attached(id, "C:\\Users\\hoa\\Ảnh hiện trường.png", "image/png", Uploads.image("png"))
                .get("id").asString();
        attached(id, "Bảng số liệu.xlsx", null, Uploads.zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"));
        assertThat(listedNames(id, OTHER_MEMBER))
                .containsExactly("Thuyết minh.pdf", "Ảnh hiện trường.png", "Bảng số liệu.xlsx");

        ApiClient.Response removed = api().send("DELETE", attachments(id) + "/" + photo, workflow.member(), null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(listedNames(id, workflow.member())).containsExactly("Thuyết minh.pdf", "Bảng số liệu.xlsx");
        assertProblem(api().get(attachments(id) + "/" + photo, workflow.member()), 404, "not-found");

        try (EventProbe probe = new EventProbe(kafka.getBrokersAsString(), AttachmentEvent.TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.poll().stream()
                    .anyMatch(e -> AttachmentEvent.REMOVED.equals(e.headers().get("ce_type"))
                            && e.key().endsWith(photo)));
            EventProbe.Received event = probe.poll().stream()
                    .filter(e -> AttachmentEvent.REMOVED.equals(e.headers().get("ce_type"))).findFirst().orElseThrow();
            assertThat(ContractValidator.payloadErrors(AttachmentEvent.REMOVED, event.value())).isEmpty();
        }
    }

    @Test
    void shouldTakeAFileOfExactlyTheLimitAndAnswer413ForALargerOne() {
        String id = workflow.submitted("Hồ sơ dày");
        assertThat(attach(id, workflow.member(), "vua-du.pdf", "application/pdf", Uploads.pdfOfSize(TEN_MB))
                .status()).isEqualTo(201);

        JsonNode justOver = assertProblem(attach(id, workflow.member(), "qua-mot-byte.pdf", "application/pdf",
                Uploads.pdfOfSize(TEN_MB + 1)), 413, "attachment-too-large");
        assertThat(justOver.get("detail").asString()).contains("10 MB");
        assertProblem(attach(id, workflow.member(), "qua-lon.pdf", "application/pdf",
                Uploads.pdfOfSize(TEN_MB + 2 * 1024 * 1024)), 413, "attachment-too-large");
        assertThat(listedNames(id, workflow.member())).containsExactly("vua-du.pdf");
    }

    @Test
    void shouldRefuseAFileWhoseBytesAreNotAnAllowedTypeWhateverItsNameOrDeclaredTypeSay() {
        String id = workflow.submitted("Tệp giả mạo");
        byte[] program = "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(attach(id, workflow.member(), "bao-cao.pdf", "application/pdf", program), 422,
                "attachment-type-not-allowed");
        JsonNode mismatch = assertProblem(attach(id, workflow.member(), "bao-cao.pdf", "application/pdf",
                Uploads.image("png")), 422, "attachment-type-mismatch");
        assertThat(mismatch.get("detail").asString()).contains("application/pdf", "image/png");
        assertProblem(attach(id, workflow.member(), "co-macro.docx", null,
                        Uploads.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")), 422,
                "attachment-type-not-allowed");
        assertThat(listedNames(id, workflow.member())).isEmpty();
    }

    @Test
    void shouldAnswer404WhenAnotherTenantAsksForTheFilesOrTheirBytes() {
        String id = workflow.submitted("Riêng của Ninh Bình");
        String attachmentId = attached(id, "rieng.pdf", "application/pdf", Uploads.pdf()).get("id").asString();
        assertProblem(api().get(attachments(id), OTHER_TENANT), 404, "not-found");
        assertProblem(api().get(attachments(id) + "/" + attachmentId, OTHER_TENANT), 404, "not-found");
        assertProblem(api().send("DELETE", attachments(id) + "/" + attachmentId, OTHER_TENANT, null), 404,
                "not-found");
        assertProblem(attach(id, OTHER_TENANT, "xen-vao.pdf", "application/pdf", Uploads.pdf()), 404, "not-found");
        assertThat(listedNames(id, workflow.member())).containsExactly("rieng.pdf");
    }

    @Test
    void shouldForbidAMemberWhoDidNotCreateTheInitiativeToChangeItsFilesButLetStaff() {
        String id = workflow.submitted("Của người khác");
        assertProblem(attach(id, OTHER_MEMBER, "chen-vao.pdf", "application/pdf", Uploads.pdf()), 403,
                "not-your-initiative");
        ApiClient.Response byStaff = attach(id, workflow.staff(), "bo-sung-cua-can-bo.pdf", "application/pdf",
                Uploads.pdf());
        assertThat(byStaff.status()).as(byStaff.body()).isEqualTo(201);
        assertProblem(api().send("DELETE", attachments(id) + "/" + byStaff.json().get("id").asString(), OTHER_MEMBER,
                null), 403, "not-your-initiative");
        assertThat(listedNames(id, OTHER_MEMBER)).containsExactly("bo-sung-cua-can-bo.pdf");
    }

    @Test
    void shouldShowAConfidentialDossierOnlyToItsCreatorAndStaff() {
        String id = workflow.submitted("Quy trình bảo mật", true);
        attached(id, "mat.pdf", "application/pdf", Uploads.pdf());
        assertProblem(api().get(attachments(id), OTHER_MEMBER), 403, "attachments-hidden");
        assertThat(listedNames(id, workflow.staff())).containsExactly("mat.pdf");
    }

    @Test
    void shouldKeepTheFilesAsTheyAreOnceTheCouncilReviewsTheDossier() {
        String id = workflow.submitted("Đang chấm");
        String attachmentId = attached(id, "ho-so.pdf", "application/pdf", Uploads.pdf()).get("id").asString();
        assertThat(api().post("/api/initiatives/initiatives/" + id + "/accept", workflow.staff(), "{}").status())
                .isEqualTo(200);
        assertProblem(attach(id, workflow.member(), "muon.pdf", "application/pdf", Uploads.pdf()), 422,
                "attachments-locked");
        assertProblem(api().send("DELETE", attachments(id) + "/" + attachmentId, workflow.member(), null), 422,
                "attachments-locked");
    }

    @Test
    void shouldRefuseTheTwentyFirstFileOfAnInitiative() {
        String id = workflow.submitted("Nhiều ảnh");
        byte[] photo = Uploads.image("jpg");
        for (int i = 1; i <= 20; i++) {
            attached(id, "anh-" + i + ".jpg", "image/jpeg", photo);
        }
        JsonNode problem = assertProblem(attach(id, workflow.member(), "anh-21.jpg", "image/jpeg", photo), 422,
                "too-many-attachments");
        assertThat(problem.get("detail").asString()).contains("20");
    }
}

package vn.coop.sangtao.initiatives.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coop.sangtao.platform.test.ProblemAssertions.assertProblem;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "sangtao.documents.alliance-names.ninh-binh=Liên minh Hợp tác xã tỉnh Ninh Bình")
class DocumentApiTest {

    private static final String TENANT = "ninh-binh";
    private static final String OTHER_MEMBER = bearer(TENANT, "ninh-binh.other", "MEMBER");

    @LocalServerPort
    int port;
    /**
     * This context's own broker. The {@code spring.embedded.kafka.brokers} system property names the
     * broker of whichever test context started last, which is another one once contexts are cached.
     */
    @Autowired
    EmbeddedKafkaBroker kafka;

    private InitiativeWorkflow workflow;

    @BeforeAll
    void knowTheUnitsPeopleAndCouncil() {
        workflow = new InitiativeWorkflow(port, kafka.getBrokersAsString(), TENANT)
                .prepare("HTX Nông nghiệp Gia Trấn", "Trần Văn Minh");
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    /** The text of every page, in order, with runs of white space as one space. */
    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void shouldPrintTheRecognitionCertificateInVietnameseWithTheDecision() throws IOException {
        String title = "Đoàn kết sáng tạo: sấy lúa bằng năng lượng mặt trời";
        String id = workflow.recognised(title, "125/QĐ-LMHTX", false);

        HttpResponse<byte[]> response = api().download("/api/initiatives/initiatives/" + id + "/certificate.pdf", OTHER_MEMBER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = text(document);
            assertThat(text).contains("GIẤY CHỨNG NHẬN SÁNG KIẾN", "LIÊN MINH HỢP TÁC XÃ TỈNH NINH BÌNH", title,
                    "Mô hình", "Trần Văn Minh (HTX Nông nghiệp Gia Trấn): 60%", "HTX Nông nghiệp Gia Trấn: 40%",
                    "Đơn vị áp dụng: HTX Nông nghiệp Gia Trấn", "cấp tỉnh",
                    "Quyết định số 125/QĐ-LMHTX ngày 20/10/2026", "Ngày 20 tháng 10 năm 2026");
            assertThat(fonts(document)).allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans");
            });
        }
    }

    @Test
    void shouldRefuseACertificateBeforeTheInitiativeIsRecognised() {
        String id = workflow.submitted("Chưa được công nhận");
        assertProblem(api().get("/api/initiatives/initiatives/" + id + "/certificate.pdf", workflow.member()), 422,
                "not-recognised");
    }

    @Test
    void shouldPrintABlindlyReviewedCertificateOnlyForItsCreatorAndStaff() {
        String id = workflow.recognised("Chấm kín", "7/QĐ-LMHTX", true);
        assertProblem(api().get("/api/initiatives/initiatives/" + id + "/certificate.pdf", OTHER_MEMBER), 403,
                "certificate-hidden");
        assertThat(api().download("/api/initiatives/initiatives/" + id + "/certificate.pdf", workflow.member()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldCompileTheGoldenBookDossierFromTheYearsNominations() throws IOException {
        String first = "Mô hình HTX kiểu mới nuôi tôm tuần hoàn";
        String second = "Đoàn kết sáng tạo trong tiêu thụ nông sản";
        workflow.nominated(first, "201/QĐ-LMHTX", 2027, "Mô hình nâng thu nhập thành viên thêm 25% mỗi năm.");
        workflow.nominated(second, "202/QĐ-LMHTX", 2027, "Kết nối 40 HTX với chuỗi siêu thị.");
        workflow.nominated("Của năm sau", "203/QĐ-LMHTX", 2028, "Không thuộc hồ sơ năm nay.");

        HttpResponse<byte[]> response = api().download("/api/initiatives/golden-book/dossier.pdf?year=2027", workflow.staff());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            String text = text(document);
            assertThat(text).contains("THƯ GIỚI THIỆU", "Sách vàng Sáng tạo Việt Nam năm 2027",
                    "Mô hình nâng thu nhập thành viên thêm 25% mỗi năm.", "Kết nối 40 HTX với chuỗi siêu thị.",
                    first, second, "201/QĐ-LMHTX", "202/QĐ-LMHTX")
                    .doesNotContain("Của năm sau", "203/QĐ-LMHTX");
            assertThat(text.indexOf("THƯ GIỚI THIỆU")).isLessThan(text.indexOf("GIẤY CHỨNG NHẬN SÁNG KIẾN"));
        }
    }

    @Test
    void shouldAnswer404WhenNothingWasNominatedThatYearAnd403ToAMember() {
        assertProblem(api().get("/api/initiatives/golden-book/dossier.pdf?year=2030", workflow.staff()), 404,
                "nothing-nominated");
        assertProblem(api().get("/api/initiatives/golden-book/dossier.pdf?year=2027", workflow.member()), 403,
                "forbidden");
    }
}

package vn.coop.sangtao.console.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Campaign forms and the unit import, as the officer uses them, over a stand-in gateway. */
class CampaignAndImportPagesTest extends ConsoleTestBase {

    @Test
    void shouldApproveTheUnitsPledgeAtItsAddress() throws Exception {
        GATEWAY.answer("POST /api/campaigns/campaigns/c1/pledges/u7/approve", 200, "{\"status\":\"APPROVED\"}");

        mvc.perform(post("/campaigns/c1/approve").param("unitId", "u7").with(officer()).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/c1"));

        assertThat(GATEWAY.last("POST", "/api/campaigns/campaigns/c1/pledges/u7/approve")).isNotNull();
    }

    @Test
    void shouldShowTheCampaignWithItsCriteriaParticipationAndReviews() throws Exception {
        GATEWAY.answer("GET /api/campaigns/campaigns/c1", 200, """
                {"id":"c1","code":"NB-DKST-2026","title":"Đoàn kết sáng tạo 2026","status":"LAUNCHED",
                 "periodStart":"2026-01-01","periodEnd":"2026-12-31","contents":[{"number":1,"text":"Tuyên truyền"}],
                 "criteria":[{"code":"1","title":"Tuyên truyền","points":0,"bonus":false,"children":[
                   {"code":"1.1","title":"Dự tập huấn kỹ thuật","points":20,"bonus":false,
                    "activity":{"kind":"TECHNICAL_TRAINING","atLeast":2},"children":[]}]}]}""");
        GATEWAY.answer("GET /api/campaigns/campaigns/c1/dashboard", 200, """
                {"total":{"approved":4,"unitsInScope":12,"activities":3,"attendance":40,"submitted":5},
                 "byBlock":[{"key":"b1","name":"Khối nông nghiệp","unitsInScope":6,"submitted":3,"approved":2,
                             "activities":2,"attendance":25}]}""");
        GATEWAY.answer("GET /api/campaigns/campaigns/c1/pledges", 200, "{\"items\":[],\"total\":0}");
        GATEWAY.answer("GET /api/campaigns/campaigns/c1/reviews", 200, """
                {"items":[{"id":"r1","title":"Sơ kết 6 tháng đầu năm 2026","open":true}],"total":1}""");
        GATEWAY.answer("GET /api/campaigns/activities", 200, "{\"items\":[],\"total\":0}");
        GATEWAY.answer("GET /api/membership/units", 200, "{\"items\":[],\"total\":0}");
        GATEWAY.answer("GET /api/membership/people", 200, "{\"items\":[],\"total\":0}");

        String page = mvc.perform(get("/campaigns/c1").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dự tập huấn kỹ thuật", "(20 điểm)", "tham gia ít nhất 2 hoạt động &quot;Tập huấn kỹ thuật&quot;",
                "4 trên 12 đơn vị có bản đăng ký được duyệt", "Khối nông nghiệp", "data-chart=\"by-block\"",
                "<a href=\"/campaign-reviews/r1\">Sơ kết 6 tháng đầu năm 2026</a>");
    }

    @Test
    void shouldOfferAUnitPickerThatNarrowsAsTheOfficerTypes() throws Exception {
        GATEWAY.answer("GET /api/membership/blocks", 200, """
                {"items":[{"id":"b1","year":2026,"name":"Khối nông nghiệp","leaderUnitId":"u1",
                           "members":[{"unitId":"u1","name":"HTX Nông nghiệp Gia Trấn","taxCode":"2701000015"}]}],"total":1}""");
        GATEWAY.answer("GET /api/membership/units", 200, """
                {"items":[{"id":"u2","name":"HTX Mây tre đan Phú Sơn","taxCode":"2701000023"}],"total":1}""");

        String blocks = mvc.perform(get("/blocks").param("year", "2026").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blocks).contains("Khối trưởng", "id=\"seat-unit-0-search\"", "hx-get=\"/units/options\"",
                "hx-target=\"#seat-unit-0\"", "<select id=\"seat-unit-0\" name=\"unitId\"");

        String options = mvc.perform(get("/units/options").param("q", "phu son").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(options.strip()).startsWith("<option value=\"\">")
                .contains("<option value=\"u2\">HTX Mây tre đan Phú Sơn (2701000023)</option>");
        assertThat(GATEWAY.last("GET", "/api/membership/units").query()).isEqualTo("q=phu son&sort=NAME&size=50");
    }

    @Test
    void shouldRecordAnActivityWithEveryChosenUnitAndContent() throws Exception {
        GATEWAY.answer("POST /api/campaigns/activities", 201, "{\"id\":\"a1\"}");

        mvc.perform(post("/campaigns/c1/activity").with(officer()).with(csrf()).param("kind", "TECHNICAL_TRAINING")
                        .param("title", "Tập huấn kỹ thuật sấy lúa").param("date", "2026-11-20")
                        .param("unitIds", "u1", "u2").param("attendeeIds", "p1").param("contentNumbers", "1", "2"))
                .andExpect(redirectedUrl("/campaigns/c1"));

        assertThat(GATEWAY.last("POST", "/api/campaigns/activities").body())
                .contains("\"campaignId\":\"c1\"", "\"unitIds\":[\"u1\",\"u2\"]", "\"attendeeIds\":[\"p1\"]",
                        "\"contentNumbers\":[1,2]", "\"date\":\"2026-11-20\"");
    }

    @Test
    void shouldPreviewTheRowErrorsThenImportTheSameFileWithoutAskingForItAgain() throws Exception {
        GATEWAY.answer("POST /api/membership/units/import", 200, """
                {"dryRun":true,"rows":3,"created":2,"updated":0,"unchanged":0,"failed":1,"errorsOmitted":0,
                 "errors":[{"row":3,"column":"taxCode","code":"invalid-tax-code","message":"Mã số thuế sai chữ số kiểm tra"}]}""");
        MockMultipartFile sheet = new MockMultipartFile("file", "don-vi.csv", "text/csv",
                "Mã số thuế,Tên đơn vị,Loại hình,Lĩnh vực\n".getBytes(StandardCharsets.UTF_8));
        MockHttpSession session = new MockHttpSession();

        String preview = mvc.perform(multipart("/units/import/preview").file(sheet).session(session).with(officer())
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Mã số thuế sai chữ số kiểm tra", "Nhập 2 dòng hợp lệ");
        assertThat(GATEWAY.last("POST", "/api/membership/units/import").query()).isEqualTo("dryRun=true");

        GATEWAY.answer("POST /api/membership/units/import", 202, "{\"id\":\"job9\",\"status\":\"RUNNING\"}");
        mvc.perform(post("/units/import").session(session).with(officer()).with(csrf()))
                .andExpect(redirectedUrl("/units/imports/job9"));
        FakeGateway.Received applied = GATEWAY.last("POST", "/api/membership/units/import");
        assertThat(applied.query()).isNull();
        assertThat(applied.body()).contains("filename=\"don-vi.csv\"", "Mã số thuế,Tên đơn vị");
    }
}

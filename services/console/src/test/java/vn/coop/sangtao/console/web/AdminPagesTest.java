package vn.coop.sangtao.console.web;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admins' pages over a stand-in gateway: a tenant admin's webhook endpoints and delivery log, and
 * the platform admin's alliances and their merges.
 */
class AdminPagesTest extends ConsoleTestBase {

    private static final String ENDPOINT = """
            {"id":"ep1","url":"https://erp.htx-giatran.vn/hooks/sangtao","description":"Phần mềm kế toán",
             "eventTypes":["vn.coop.sangtao.initiative.submitted.v1"],"ordered":false,"enabled":false,
             "disabledReason":"retries exhausted","createdAt":"2026-03-02T01:30:00Z","version":3}""";

    @Test
    void shouldListTheAlliancesEndpointsWithTheirState() throws Exception {
        GATEWAY.answer("GET /api/integrations/endpoints", 200, "[" + ENDPOINT + "]");

        String page = mvc.perform(get("/webhooks").with(tenantAdmin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"/webhooks/ep1\">https://erp.htx-giatran.vn/hooks/sangtao</a>",
                "Phần mềm kế toán", "Sáng kiến được nộp", "Đã tắt", "Gửi không thành công sau khi đã thử lại hết số lần",
                "02/03/2026", "<label for=\"endpoint-url\">");
        assertThat(GATEWAY.last("GET", "/api/integrations/endpoints").query()).isEqualTo("size=200");
    }

    @Test
    void shouldShowTheServicesMessageUnderTheUrlAndKeepWhatTheAdminTyped() throws Exception {
        GATEWAY.answer("POST /api/integrations/endpoints", 422, """
                {"title":"Địa chỉ nhận không hợp lệ","code":"invalid-endpoint",
                 "errors":[{"field":"url","message":"phải dùng https"}]}""");
        GATEWAY.answer("GET /api/integrations/endpoints", 200, "[]");

        MvcResult refused = mvc.perform(post("/webhooks").with(tenantAdmin()).with(csrf())
                        .param("url", "http://erp.htx-giatran.vn/hooks").param("description", "Kế toán")
                        .param("eventTypes", "vn.coop.sangtao.initiative.submitted.v1").param("ordered", "on"))
                .andExpect(redirectedUrl("/webhooks"))
                .andReturn();
        String page = mvc.perform(get("/webhooks").with(tenantAdmin()).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Địa chỉ nhận không hợp lệ")
                .contains("<p class=\"field-error\" id=\"endpoint-url-error\">phải dùng https</p>")
                .contains("value=\"http://erp.htx-giatran.vn/hooks\"", "value=\"Kế toán\"")
                .containsPattern("id=\"endpoint-ordered\"[^>]*checked");
        assertThat(GATEWAY.last("POST", "/api/integrations/endpoints").body())
                .contains("\"url\":\"http://erp.htx-giatran.vn/hooks\"",
                        "\"eventTypes\":[\"vn.coop.sangtao.initiative.submitted.v1\"]", "\"ordered\":true");
    }

    @Test
    void shouldShowTheSigningSecretOnlyOnThePageAfterRegistering() throws Exception {
        GATEWAY.answer("POST /api/integrations/endpoints", 201,
                ENDPOINT.replace("\"version\":3", "\"secret\":\"whsec_c2VjcmV0\""));
        GATEWAY.answer("GET /api/integrations/endpoints/ep1", 200, ENDPOINT);
        GATEWAY.answer("GET /api/integrations/deliveries", 200, "[]");

        MvcResult registered = mvc.perform(post("/webhooks").with(tenantAdmin()).with(csrf())
                        .param("url", "https://erp.htx-giatran.vn/hooks/sangtao")
                        .param("eventTypes", "vn.coop.sangtao.initiative.submitted.v1"))
                .andExpect(redirectedUrl("/webhooks/ep1"))
                .andReturn();
        String first = mvc.perform(get("/webhooks/ep1").with(tenantAdmin()).flashAttrs(registered.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(get("/webhooks/ep1").with(tenantAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(first).contains("Đã đăng ký địa chỉ nhận.", "value=\"whsec_c2VjcmV0\"", "chỉ hiển thị một lần");
        assertThat(again).doesNotContain("whsec_");
        assertThat(GATEWAY.last("GET", "/api/integrations/deliveries").query()).isEqualTo("endpointId=ep1&size=20");
    }

    @Test
    void shouldReplayAFailedDeliveryAndComeBackToTheLog() throws Exception {
        GATEWAY.answer("GET /api/integrations/endpoints", 200, "[" + ENDPOINT + "]");
        GATEWAY.answer("GET /api/integrations/deliveries", 200, """
                [{"_id":"ep1:ev7","endpointId":"ep1","eventId":"ev7","type":"vn.coop.sangtao.initiative.submitted.v1",
                  "status":"FAILED","attempts":4,"lastStatus":503,"createdAt":"2026-03-02T02:00:00.000Z",
                  "attemptLog":[{"at":"2026-03-02T02:00:01.000Z","status":503,"latencyMs":120,
                                 "excerpt":"Service Unavailable"}]}]""");
        GATEWAY.answer("POST /api/integrations/deliveries/ep1:ev7/replay", 200, "{\"replayed\":1}");

        String log = mvc.perform(get("/webhooks/deliveries").param("status", "FAILED").param("from", "2026-03-01")
                        .with(tenantAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(log).contains("action=\"/webhooks/deliveries/ep1:ev7/replay\"", "HTTP 503", "Service Unavailable",
                "02/03/2026 09:00", "Gửi không thành công");
        assertThat(GATEWAY.last("GET", "/api/integrations/deliveries").query())
                .isEqualTo("status=FAILED&from=2026-02-28T17:00:00Z&page=0&size=20");

        mvc.perform(post("/webhooks/deliveries/ep1:ev7/replay").with(tenantAdmin()).with(csrf())
                        .param("back", "/webhooks/deliveries?status=FAILED&page=0"))
                .andExpect(redirectedUrl("/webhooks/deliveries?status=FAILED&page=0"));

        assertThat(GATEWAY.last("POST", "/api/integrations/deliveries/ep1:ev7/replay").authorization())
                .isEqualTo("Bearer access-token");
    }

    @Test
    void shouldListTheAlliancesForThePlatformAdmin() throws Exception {
        GATEWAY.answer("GET /api/membership/tenants", 200, """
                {"items":[{"id":"ha-nam","name":"Liên minh HTX tỉnh Hà Nam","kind":"PROVINCIAL","parentId":"vca",
                  "status":"ACTIVE","establishedOn":"1997-01-01","resolvedId":"ha-nam","version":0}],
                 "page":0,"size":50,"total":1}""");

        String page = mvc.perform(get("/tenants").with(platformAdmin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"/tenants/ha-nam\">Liên minh HTX tỉnh Hà Nam</a>", "Đang hoạt động",
                "01/01/1997", "<label for=\"tenant-id\">");
    }

    @Test
    void shouldMergeAnAllianceIntoTheChosenOneAsOfTheDate() throws Exception {
        GATEWAY.answer("POST /api/membership/tenants/ha-nam/merge", 200, """
                {"id":"ha-nam","name":"Liên minh HTX tỉnh Hà Nam","kind":"PROVINCIAL","status":"MERGED",
                 "mergedInto":"ninh-binh","resolvedId":"ninh-binh","version":4}""");

        mvc.perform(post("/tenants/ha-nam/merge").with(platformAdmin()).with(csrf())
                        .param("into", "ninh-binh").param("effectiveOn", "2025-07-01"))
                .andExpect(redirectedUrl("/tenants/ha-nam"));

        assertThat(GATEWAY.last("POST", "/api/membership/tenants/ha-nam/merge").body())
                .isEqualTo("{\"into\":\"ninh-binh\",\"effectiveOn\":\"2025-07-01\"}");
    }

    @Test
    void shouldOfferTheActiveProvincesAsMergeTargets() throws Exception {
        GATEWAY.answer("GET /api/membership/tenants/ha-nam", 200, """
                {"id":"ha-nam","name":"Liên minh HTX tỉnh Hà Nam","kind":"PROVINCIAL","parentId":"vca",
                 "status":"ACTIVE","resolvedId":"ha-nam","version":0}""");
        GATEWAY.answer("GET /api/membership/tenants", 200, """
                {"items":[{"id":"vca","name":"Liên minh HTX Việt Nam","kind":"NATIONAL","status":"ACTIVE"},
                  {"id":"ha-nam","name":"Liên minh HTX tỉnh Hà Nam","kind":"PROVINCIAL","status":"ACTIVE"},
                  {"id":"ninh-binh","name":"Liên minh HTX tỉnh Ninh Bình","kind":"PROVINCIAL","status":"ACTIVE"}],
                 "page":0,"size":200,"total":3}""");

        String page = mvc.perform(get("/tenants/ha-nam").with(platformAdmin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<option value=\"ninh-binh\">Liên minh HTX tỉnh Ninh Bình (ninh-binh)</option>",
                        "<label for=\"merge-into\">", "id=\"merge-date\" name=\"effectiveOn\" type=\"date\"")
                .doesNotContain("<option value=\"vca\"", "<option value=\"ha-nam\"");
        assertThat(GATEWAY.last("GET", "/api/membership/tenants").query()).isEqualTo("status=ACTIVE&size=200");
    }

    @Test
    void shouldSwitchAnEndpointTheServiceSwitchedOffBackOn() throws Exception {
        GATEWAY.answer("PATCH /api/integrations/endpoints/ep1", 200, ENDPOINT.replace("\"enabled\":false", "\"enabled\":true"));

        mvc.perform(post("/webhooks/ep1/enable").with(tenantAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/webhooks/ep1"));

        assertThat(GATEWAY.last("PATCH", "/api/integrations/endpoints/ep1").body()).isEqualTo("{\"enabled\":true}");
    }

    private static RequestPostProcessor tenantAdmin() {
        return user("ninh-binh", "nb.admin", "TENANT_ADMIN");
    }

    private static RequestPostProcessor platformAdmin() {
        return user("vca", "admin", "PLATFORM_ADMIN");
    }
}

package vn.coop.sangtao.console.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's pages over a stand-in gateway: what the user sees when a service refuses a form or a
 * record, and what the console sends the services on the user's behalf.
 */
class ConsolePagesTest extends ConsoleTestBase {

    @BeforeEach
    void unitsAndPeople() {
        GATEWAY.answer("GET /api/membership/units", 200, """
                {"items":[{"id":"u1","name":"HTX Nông nghiệp Gia Trấn"}],"page":0,"size":200,"total":1}""");
        GATEWAY.answer("GET /api/membership/people", 403, "{\"title\":\"Không có quyền\",\"code\":\"forbidden\"}");
    }

    @Test
    void shouldShowTheServicesMessageNextToTheFieldAndKeepWhatTheMemberTyped() throws Exception {
        GATEWAY.answer("POST /api/initiatives/initiatives", 422, """
                {"title":"Danh sách tác giả không hợp lệ","detail":"Tỷ lệ đóng góp phải cộng lại bằng 100% (hiện là 60%).",
                 "code":"invalid-authors","errors":[{"field":"authors","message":"tổng tỷ lệ là 60%"}]}""");

        MvcResult refused = mvc.perform(post("/initiatives").with(member()).with(csrf())
                        .param("kind", "INITIATIVE").param("title", "Sấy lúa bằng năng lượng mặt trời")
                        .param("summary", "Giảm 30% chi phí sấy").param("year", "2026").param("applyingUnitId", "u1")
                        .param("author0", "UNIT:u1").param("share0", "60").param("intent", "submit"))
                .andExpect(redirectedUrl("/initiatives/new"))
                .andReturn();
        String page = mvc.perform(get("/initiatives/new").with(member()).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Danh sách tác giả không hợp lệ", "Tỷ lệ đóng góp phải cộng lại bằng 100% (hiện là 60%).")
                .contains("<p class=\"field-error\" id=\"authors-error\">tổng tỷ lệ là 60%</p>")
                .contains("value=\"Sấy lúa bằng năng lượng mặt trời\"", "Giảm 30% chi phí sấy</textarea>")
                .contains("<option value=\"UNIT:u1\" selected=\"selected\">HTX Nông nghiệp Gia Trấn</option>");
        assertThat(GATEWAY.last("POST", "/api/initiatives/initiatives").body())
                .contains("\"contribution\":60", "\"applyingUnitId\":\"u1\"");
    }

    @Test
    void shouldGoToTheNewInitiativeWhenTheServiceAcceptsIt() throws Exception {
        GATEWAY.answer("POST /api/initiatives/initiatives", 201, "{\"id\":\"i42\",\"status\":\"SUBMITTED\"}");

        mvc.perform(post("/initiatives").with(member()).with(csrf()).param("title", "Sấy lúa").param("year", "2026")
                        .param("intent", "draft"))
                .andExpect(redirectedUrl("/initiatives/i42"));

        assertThat(GATEWAY.last("POST", "/api/initiatives/initiatives").query()).isEqualTo("submit=false");
    }

    @Test
    void shouldShowNotFoundForARecordTheServiceDoesNotShowThisUser() throws Exception {
        String page = mvc.perform(get("/initiatives/of-another-province").with(member()))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Không tìm thấy</h1>");
    }

    @Test
    void shouldCallTheServicesWithTheUsersTokenAndLanguage() throws Exception {
        GATEWAY.answer("GET /api/initiatives/initiatives", 200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");

        String vietnamese = mvc.perform(get("/initiatives").param("q", "sấy lúa").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(GATEWAY.last("GET", "/api/initiatives/initiatives").authorization()).isEqualTo("Bearer access-token");
        assertThat(GATEWAY.last("GET", "/api/initiatives/initiatives").language()).isEqualTo("vi-VN");
        assertThat(GATEWAY.last("GET", "/api/initiatives/initiatives").query()).isEqualTo("q=sấy lúa&page=0&size=20");
        assertThat(vietnamese).contains("<html lang=\"vi\"", "Sáng kiến");

        String english = mvc.perform(get("/initiatives").param("lang", "en").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(GATEWAY.last("GET", "/api/initiatives/initiatives").language()).isEqualTo("en");
        assertThat(english).contains("<html lang=\"en\"", "Initiatives");
    }

    @Test
    void shouldServeTheScriptsThePagesLoadWithoutSignIn() throws Exception {
        for (String script : new String[] {"/assets/webjars/htmx.org/dist/htmx.min.js",
                "/assets/webjars/echarts/dist/echarts.min.js", "/assets/charts.js", "/assets/console.css"}) {
            mvc.perform(get(script)).andExpect(status().isOk());
        }
    }

    @Test
    void shouldSendAVisitorWhoIsNotSignedInToIdentity() throws Exception {
        mvc.perform(get("/initiatives")).andExpect(redirectedUrl("/oauth2/authorization/console"));

        String toIdentity = mvc.perform(get("/oauth2/authorization/console"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(toIdentity).startsWith("http://localhost:9000/oauth2/authorize?")
                .contains("client_id=console", "code_challenge_method=S256", "code_challenge=",
                        "redirect_uri=http://localhost/login/oauth2/code/console");
    }
}

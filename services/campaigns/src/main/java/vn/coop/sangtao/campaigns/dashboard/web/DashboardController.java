package vn.coop.sangtao.campaigns.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.campaigns.dashboard.Dashboard;
import vn.coop.sangtao.campaigns.dashboard.DashboardService;
import vn.coop.sangtao.platform.security.Roles;

@RestController
@Tag(name = "Dashboards", description = "Tình hình tham gia: đăng ký, hoạt động, người dự theo khối, địa bàn, nội dung và tỉnh")
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/campaigns/campaigns/{campaignId}/dashboard")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Participation per block, area (including the areas below), content and, for a national "
            + "campaign, province", description = "Kept up to date by events, a few seconds behind the last change")
    Dashboard dashboard(@PathVariable String campaignId) {
        return dashboards.of(campaignId);
    }
}

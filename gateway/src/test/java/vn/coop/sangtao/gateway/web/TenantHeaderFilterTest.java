package vn.coop.sangtao.gateway.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class TenantHeaderFilterTest {

    @Test
    void shouldPickEveryTenantHeaderWhateverItsCase() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Tenant-Id", "a");
        headers.add("x-tenant", "b");
        headers.add("X-TENANT-NAME", "c");
        headers.add("Authorization", "Bearer t");
        headers.add("X-Request-Id", "r");

        assertThat(TenantHeaderFilter.tenantHeaders(headers))
                .containsExactlyInAnyOrder("X-Tenant-Id", "x-tenant", "X-TENANT-NAME");
    }
}

package vn.coop.sangtao.membership.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import vn.coop.sangtao.membership.exchange.ExportFormat;
import vn.coop.sangtao.membership.exchange.SheetWriter;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Starts an export download: a file named after what it holds, the tenant and the day, never cached. */
final class Downloads {

    /** How the controllers document their problem answers, as the platform documents the common ones. */
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Downloads() {
    }

    static boolean inVietnamese(Locale locale) {
        return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** e.g. {@code don-vi-thanh-vien-ninh-binh-2026-11-29.xlsx}. */
    static SheetWriter open(HttpServletResponse response, ExportFormat format, String what, String sheetName)
            throws IOException {
        String fileName = what + "-" + TenantContext.require() + "-" + LocalDate.now(VIETNAM) + "." + format.extension();
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName)
                .build().toString());
        // the sheets hold members' contacts: no shared cache may keep a copy
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return format.writer(response.getOutputStream(), sheetName);
    }
}

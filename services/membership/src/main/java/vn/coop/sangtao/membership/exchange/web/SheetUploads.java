package vn.coop.sangtao.membership.exchange.web;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.coop.sangtao.membership.exchange.ExchangeProperties;
import vn.coop.sangtao.membership.exchange.Table;
import vn.coop.sangtao.membership.exchange.TableReader;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads an uploaded import sheet within the configured bounds. */
@Component
class SheetUploads {

    private final ExchangeProperties limits;

    SheetUploads(ExchangeProperties limits) {
        this.limits = limits;
    }

    Table read(MultipartFile file) {
        if (file.getSize() > limits.maxImportSize().toBytes()) {
            throw new ApiProblem(413, "import-too-large", List.of(), megabytes(limits));
        }
        try {
            return TableReader.read(file.getBytes(), file.getOriginalFilename(), file.getContentType(),
                    limits.maxImportRows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String megabytes(ExchangeProperties limits) {
        long bytes = limits.maxImportSize().toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " B";
    }
}

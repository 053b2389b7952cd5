package vn.coop.sangtao.membership.block.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(example = """
        {"year":2026,"name":"Khối HTX nông nghiệp số 1"}""")
record FormBlockRequest(@Min(2000) @Max(2100) int year, @NotBlank @Size(max = 200) String name) {
}

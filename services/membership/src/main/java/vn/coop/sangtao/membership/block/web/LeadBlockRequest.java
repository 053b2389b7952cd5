package vn.coop.sangtao.membership.block.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(example = """
        {"name":"Khối HTX nông nghiệp số 1","leaderUnitId":"0b6f…","deputyUnitId":"5c1e…"}""")
record LeadBlockRequest(@NotBlank @Size(max = 200) String name, @Size(max = 64) String leaderUnitId,
                        @Size(max = 64) String deputyUnitId) {
}

package vn.coop.sangtao.membership.club.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(example = """
        {"name":"CLB Khởi nghiệp, sáng tạo HTX Gia Viễn","hostUnitId":"0b6f2c…","foundedOn":"2023-05-19"}""")
record FoundClubRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String hostUnitId,
                        @NotNull LocalDate foundedOn) {
}

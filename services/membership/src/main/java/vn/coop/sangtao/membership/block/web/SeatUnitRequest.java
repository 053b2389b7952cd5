package vn.coop.sangtao.membership.block.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(example = """
        {"unitId":"0b6f2c…","move":false}""")
record SeatUnitRequest(@NotBlank @Size(max = 64) String unitId, Boolean move) {

    /** Moving a unit out of another block must be asked for. */
    boolean moveFromOtherBlock() {
        return Boolean.TRUE.equals(move);
    }
}

package vn.coop.sangtao.awards.round.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.round.Round;
import vn.coop.sangtao.awards.round.RoundKind;
import vn.coop.sangtao.awards.round.RoundService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/awards/rounds")
@Tag(name = "Rounds", description = "Đợt khen thưởng: theo sơ kết, tổng kết (mở tự động khi đóng đợt đánh giá) hoặc theo chuyên đề")
class RoundController {

    private final RoundService rounds;

    RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    @Schema(example = "{\"name\":\"Khen thưởng chuyên đề chuyển đổi số 2026\",\"kind\":\"EVENT\",\"year\":2026}")
    record OpenRequest(@NotBlank @Size(max = 300) String name, @NotNull RoundKind kind,
                       @NotNull @Min(2000) @Max(2100) Integer year) {
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Open a round by hand", description = "An EVENT round is thematic: its awards never count "
            + "towards merit awards. Review rounds open by themselves when campaigns closes a review")
    ResponseEntity<Round> open(@Valid @RequestBody OpenRequest request) {
        Round round = rounds.open(request.name(), request.kind(), request.year());
        return ResponseEntity.created(URI.create("/api/awards/rounds/" + round.id())).body(round);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(Roles.STAFF)
    Round close(@PathVariable String id) {
        return rounds.close(id);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "A round with the candidates the facts suggest, each with its eligibility verdict")
    Round get(@PathVariable String id) {
        return rounds.get(id);
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    PageResponse<Round> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return rounds.list(year, page, size);
    }
}

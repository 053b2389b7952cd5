package vn.coop.sangtao.membership.block.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.membership.block.Block;
import vn.coop.sangtao.membership.block.BlockService;
import vn.coop.sangtao.membership.unit.web.UnitResponse;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/membership/blocks")
@Tag(name = "Emulation blocks", description = "Khối thi đua, lập lại hằng năm, có trưởng khối và phó khối")
class BlockController {

    private final BlockService blocks;

    BlockController(BlockService blocks) {
        this.blocks = blocks;
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Form a block for a year", description = "409 when the year already has a block of that name")
    ResponseEntity<BlockResponse> form(@Valid @RequestBody FormBlockRequest request) {
        Block block = blocks.form(request.year(), request.name());
        return ResponseEntity.created(URI.create("/api/membership/blocks/" + block.id()))
                .body(BlockResponse.of(block, blocks.members(block.id())));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Rename a block and name its leader and deputy",
            description = "Both must be member units of the block; version is the one read")
    BlockResponse lead(@PathVariable String id, @RequestParam @Min(0) long version,
                       @Valid @RequestBody LeadBlockRequest request) {
        Block block = blocks.lead(id, version, request.name(), request.leaderUnitId(), request.deputyUnitId());
        return BlockResponse.of(block, blocks.members(id));
    }

    @PostMapping("/{id}/units")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Seat a unit in the block, or move it here",
            description = "A unit is in at most one block a year: 409 when it sits in another, unless move is true")
    UnitResponse seat(@PathVariable String id, @Valid @RequestBody SeatUnitRequest request) {
        return UnitResponse.of(blocks.seat(id, request.unitId(), request.moveFromOtherBlock()));
    }

    @DeleteMapping("/{id}/units/{unitId}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Take a unit out of the block", description = "422 for the leader or deputy")
    UnitResponse unseat(@PathVariable String id, @PathVariable String unitId) {
        return UnitResponse.of(blocks.unseat(id, unitId));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    BlockResponse get(@PathVariable String id) {
        return BlockResponse.of(blocks.get(id), blocks.members(id));
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "The blocks, newest year first, each with its member units")
    PageResponse<BlockResponse> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageResponse<Block> found = blocks.list(year, page, size);
        return new PageResponse<>(found.items().stream().map(b -> BlockResponse.of(b, blocks.members(b.id()))).toList(),
                page, size, found.total());
    }
}

package vn.coop.sangtao.membership.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.membership.person.Person;
import vn.coop.sangtao.membership.person.PersonFilter;
import vn.coop.sangtao.membership.person.PersonService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;

@RestController
@Validated
@RequestMapping("/api/membership/people")
@Tag(name = "People", description = "Cán bộ, thành viên và người lao động của đơn vị thành viên")
class PersonController {

    private final PersonService people;

    PersonController(PersonService people) {
        this.people = people;
    }

    @PostMapping
    @PreAuthorize(Roles.UNIT_MANAGERS)
    @Operation(summary = "Register a person of a unit",
            description = "A unit representative registers people of their own unit only (403 otherwise)")
    ResponseEntity<PersonResponse> register(@Valid @RequestBody RegisterPersonRequest request) {
        Person person = people.register(request.unitId(), request.profile(), request.since());
        return ResponseEntity.created(URI.create("/api/membership/people/" + person.id())).body(PersonResponse.of(person));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.UNIT_MANAGERS)
    @Operation(summary = "Correct a person's details", description = "version is the one read; 409 when stale")
    PersonResponse update(@PathVariable String id, @RequestParam @Min(0) long version,
                          @Valid @RequestBody UpdatePersonRequest request) {
        return PersonResponse.of(people.update(id, version, request.profile()));
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Move a person to another unit from a date")
    PersonResponse move(@PathVariable String id, @Valid @RequestBody MovePersonRequest request) {
        return PersonResponse.of(people.move(id, request.toUnitId(), request.effectiveFrom()));
    }

    @PostMapping("/{id}/leave")
    @PreAuthorize(Roles.UNIT_MANAGERS)
    @Operation(summary = "Record that a person left their unit")
    PersonResponse leave(@PathVariable String id, @Valid @RequestBody LeavePersonRequest request) {
        return PersonResponse.of(people.leave(id, request.leftOn(), request.reason()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "A person", description = "Phone and email only for the alliance's staff and the person")
    PersonResponse get(@PathVariable String id) {
        return PersonResponse.of(people.get(id));
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Search people", description = "q matches the full name without accents")
    PageResponse<PersonResponse> search(@Valid PersonFilter filter,
                                        @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PageResponse<Person> found = people.search(filter, page, size);
        return new PageResponse<>(found.items().stream().map(PersonResponse::of).toList(), page, size, found.total());
    }
}

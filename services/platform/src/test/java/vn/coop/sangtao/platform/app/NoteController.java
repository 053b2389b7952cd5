package vn.coop.sangtao.platform.app;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/platform-test/notes")
class NoteController {

    static final String TOPIC = "platform-test.note.events";
    static final String WRITTEN = "vn.coop.sangtao.note.written.v1";

    private final AggregateStore store;
    private final EventFactory events;

    NoteController(AggregateStore store, EventFactory events) {
        this.store = store;
        this.events = events;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.STAFF)
    Note create(@Valid @RequestBody NoteRequest request) {
        Note note = new Note(UUID.randomUUID().toString(), TenantContext.require(), request.text(), 0);
        store.insert("notes", note, List.of(written(note)));
        return note;
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.STAFF)
    Note update(@PathVariable String id, @RequestParam long version, @Valid @RequestBody NoteRequest request) {
        Note note = new Note(id, TenantContext.require(), request.text(), version + 1);
        store.update("notes", id, version, note, List.of(written(note)));
        return note;
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    Note get(@PathVariable String id) {
        return store.findById("notes", id, Note.class).orElseThrow(() -> ApiProblem.notFound("note", id));
    }

    private vn.coop.sangtao.platform.outbox.PendingEvent written(Note note) {
        return events.pending(WRITTEN, TOPIC, note.id(), Map.of("noteId", note.id(), "text", note.text()));
    }
}

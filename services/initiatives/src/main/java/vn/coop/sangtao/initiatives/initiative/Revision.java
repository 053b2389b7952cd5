package vn.coop.sangtao.initiatives.initiative;

import java.time.Instant;
import java.util.List;

/** One kept version of an initiative's content after it was first submitted. */
public record Revision(int number, Instant at, String by, Content content, List<Author> authors) {
}

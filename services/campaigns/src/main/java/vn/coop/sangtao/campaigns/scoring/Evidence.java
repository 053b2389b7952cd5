package vn.coop.sangtao.campaigns.scoring;

/** What a unit shows for a score: a description and, optionally, where the document is. */
public record Evidence(String description, String link) {
}

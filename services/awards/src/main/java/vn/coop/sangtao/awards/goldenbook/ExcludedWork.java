package vn.coop.sangtao.awards.goldenbook;

/** A typical initiative left out of the cycle's dossier because an earlier Golden Book already published it. */
public record ExcludedWork(String initiativeId, String title, int publishedYear, String publishedIn) {
}

package vn.coop.sangtao.deploy;

/** What "pinned" means for an image reference: a digest, or a tag that is not latest. */
final class Images {

    private Images() {
    }

    static boolean isPinned(String image) {
        if (image == null || image.isBlank() || image.contains("${")) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        int lastSlash = image.lastIndexOf('/');
        int colon = image.indexOf(':', lastSlash + 1);
        if (colon < 0) {
            return false;
        }
        String tag = image.substring(colon + 1);
        return !tag.isBlank() && !tag.equalsIgnoreCase("latest");
    }
}

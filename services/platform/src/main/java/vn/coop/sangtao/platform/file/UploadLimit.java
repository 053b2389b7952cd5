package vn.coop.sangtao.platform.file;

/**
 * The largest file a service takes, in bytes. A service that accepts uploads declares one as a bean
 * from its own configuration: the platform then sizes the servlet container's multipart limits after
 * it and answers a request the container cut off with the same 413 {@code attachment-too-large} that
 * {@link ReceivedFile} gives, naming the limit.
 */
public record UploadLimit(long maxBytes) {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    public UploadLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("an upload limit must be at least one byte");
        }
    }

    /** The limit as people read it: whole megabytes or kilobytes where it is one ("10 MB"). */
    public String readable() {
        if (maxBytes % MB == 0) {
            return maxBytes / MB + " MB";
        }
        if (maxBytes % KB == 0) {
            return maxBytes / KB + " KB";
        }
        return maxBytes + " B";
    }
}

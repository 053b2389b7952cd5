package vn.coop.sangtao.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code kubectl kustomize}, which renders a kustomization without a cluster. A missing kubectl
 * fails the build instead of skipping: manifests that were never rendered are not proven.
 */
final class Kubectl {

    private static final long TIMEOUT_SECONDS = 120;

    private Kubectl() {
    }

    static String kustomize(Path directory) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString())
                    .redirectError(errors.toFile())
                    .start();
            // read before waiting: a render larger than the pipe buffer would otherwise block kubectl
            String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + directory + " took over " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed:\n" + Files.readString(errors));
            }
            return rendered;
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render deploy/k8s and was not found as '" + kubectl
                    + "' (" + e.getMessage() + "). Install it (Debian package kubernetes-client, or kubectl) or set "
                    + "KUBECTL to its path.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while rendering " + directory, e));
        }
    }
}

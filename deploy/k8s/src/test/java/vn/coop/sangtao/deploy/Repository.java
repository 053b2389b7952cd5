package vn.coop.sangtao.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths inside the Sangtao repository, found from the module's own directory. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        // surefire passes the root; an IDE running the test from deploy/k8s finds it the same way
        Path root = Path.of(System.getProperty("sangtao.repository", "../..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("deploy/k8s/pom.xml"))) {
            throw new IllegalStateException("not the Sangtao repository root: " + root);
        }
        return root;
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }
}

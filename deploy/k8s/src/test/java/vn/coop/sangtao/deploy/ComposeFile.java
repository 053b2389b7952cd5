package vn.coop.sangtao.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** deploy/compose/compose.yaml parsed, its anchors and merge keys resolved as compose resolves them. */
final class ComposeFile {

    private ComposeFile() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() {
        try {
            String text = Files.readString(Repository.resolve("deploy/compose/compose.yaml"));
            Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-shot container (replica set setup, key file) runs to completion instead of serving. */
    static boolean isOneShot(Map<String, Object> service) {
        return "no".equals(String.valueOf(service.get("restart")));
    }
}

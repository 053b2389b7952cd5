package vn.coop.sangtao.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No secret is in the repository: the manifests only name Secrets created in the cluster. */
class SecretReferencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldTakeEverySecretValueFromAReference(String kustomization) {
        Render render = Render.of(kustomization);
        List<String> literals = new ArrayList<>();
        render.podSpecs().forEach((owner, pod) -> Tree.maps(pod, "containers").forEach(container ->
                Tree.maps(container, "env").forEach(variable -> {
                    String name = String.valueOf(variable.get("name"));
                    Object value = variable.get("value");
                    if (value != null && (SecretNames.looksSecret(name) || SecretNames.carriesCredentials(String.valueOf(value)))) {
                        literals.add(owner + " " + name);
                    }
                })));
        render.ofKind("ConfigMap").forEach(configMap -> Tree.map(configMap, "data").forEach((key, value) -> {
            if (SecretNames.looksSecret(key) || SecretNames.carriesCredentials(String.valueOf(value))) {
                literals.add("ConfigMap/" + Render.nameOf(configMap) + " " + key);
            }
        }));
        assertThat(literals).as(render + ": secret values written into the manifests").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldRenderNoSecretWithData(String kustomization) {
        Render render = Render.of(kustomization);
        for (Map<String, Object> secret : render.ofKind("Secret")) {
            assertThat(Tree.map(secret, "data")).as(render + " Secret/" + Render.nameOf(secret)).isEmpty();
            assertThat(Tree.map(secret, "stringData")).as(render + " Secret/" + Render.nameOf(secret)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldGiveMongoUsersPasswordsFromSecrets(String kustomization) {
        Render render = Render.of(kustomization);
        List<Map<String, Object>> users = Tree.maps(render.ofKind("MongoDBCommunity").get(0), "spec.users");
        assertThat(users).isNotEmpty().allSatisfy(user -> {
            assertThat(Tree.text(user, "passwordSecretRef.name")).as("user " + user.get("name")).isNotBlank();
            assertThat(user).doesNotContainKey("password");
        });
    }

    /** The console signs in with the secret identity registers its client with: one Secret key for both. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/prod"})
    void shouldGiveTheConsoleTheClientSecretIdentityRegisters(String kustomization) {
        Render render = Render.of(kustomization);
        Map<String, Object> console = secretReference(render, "console", "SANGTAO_CONSOLE_CLIENT_SECRET");
        Map<String, Object> identity = secretReference(render, "identity", "SANGTAO_IDENTITY_CONSOLE_SECRET");
        assertThat(console).as(render + ": console's client secret").isNotEmpty().isEqualTo(identity);
    }

    private static Map<String, Object> secretReference(Render render, String app, String variable) {
        return Tree.maps(render.find("Deployment", app).orElseThrow(), "spec.template.spec.containers").stream()
                .flatMap(container -> Tree.maps(container, "env").stream())
                .filter(v -> variable.equals(v.get("name")))
                .map(v -> Tree.map(v, "valueFrom.secretKeyRef"))
                .findFirst().orElseThrow(() -> new AssertionError(render + ": " + app + " has no " + variable));
    }
}
